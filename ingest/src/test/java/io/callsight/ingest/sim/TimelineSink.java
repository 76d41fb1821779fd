package io.callsight.ingest.sim;

import io.callsight.ingest.EventSink;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import java.util.ArrayList;
import java.util.List;

/** Keeps call and agent events in the one order they were written, for checks across both. */
final class TimelineSink implements EventSink {
  final List<Object> events = new ArrayList<>();

  @Override
  public void call(CallEvent event) {
    events.add(event);
  }

  @Override
  public void agent(AgentEvent event) {
    events.add(event);
  }

  @Override
  public void deadLetter(DeadLetter deadLetter) {
    throw new AssertionError("the simulator writes no dead letters: " + deadLetter);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  List<CallEvent> calls() {
    return events.stream().filter(CallEvent.class::isInstance).map(CallEvent.class::cast).toList();
  }

  List<AgentEvent> agents() {
    return events.stream()
        .filter(AgentEvent.class::isInstance)
        .map(AgentEvent.class::cast)
        .toList();
  }
}
