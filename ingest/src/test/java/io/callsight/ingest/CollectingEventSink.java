package io.callsight.ingest;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.Recording;
import java.util.ArrayList;
import java.util.List;

/** An in-memory sink for tests of the pure adapter logic. */
public class CollectingEventSink implements EventSink {
  public final List<CallEvent> calls = new ArrayList<>();
  public final List<AgentEvent> agents = new ArrayList<>();
  public final List<DeadLetter> deadLetters = new ArrayList<>();
  public final List<Recording> recordings = new ArrayList<>();
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
  public synchronized void recording(Recording recording) {
    recordings.add(recording);
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
