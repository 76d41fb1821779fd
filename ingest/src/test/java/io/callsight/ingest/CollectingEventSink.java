package io.callsight.ingest;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import java.util.ArrayList;
import java.util.List;

/** An in-memory sink for tests of the pure adapter logic. */
public final class CollectingEventSink implements EventSink {
  public final List<CallEvent> calls = new ArrayList<>();
  public final List<AgentEvent> agents = new ArrayList<>();
  public final List<DeadLetter> deadLetters = new ArrayList<>();
  public int flushes;

  @Override
  public synchronized void call(CallEvent event) {
    calls.add(event);
  }

  @Override
  public synchronized void agent(AgentEvent event) {
    agents.add(event);
  }

  @Override
  public synchronized void deadLetter(DeadLetter deadLetter) {
    deadLetters.add(deadLetter);
  }

  @Override
  public synchronized void flush() {
    flushes++;
  }

  @Override
  public void close() {}
}
