package io.callsight.ingest;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;

/**
 * Where every switch adapter and the simulator put what they produce: canonical call and agent
 * events, and dead letters for what they could not turn into events.
 */
public interface EventSink extends AutoCloseable {
  void call(CallEvent event);

  void agent(AgentEvent event);

  void deadLetter(DeadLetter deadLetter);

  /** Blocks until everything accepted so far is durably written (e.g. acknowledged by Kafka). */
  void flush();

  @Override
  void close();
}
