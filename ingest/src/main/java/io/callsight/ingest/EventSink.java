package io.callsight.ingest;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.Recording;

/**
 * Where every switch adapter, the recordings watcher and the simulator put what they produce:
 * canonical call and agent events, recordings, and dead letters for what they could not use.
 */
public interface EventSink extends AutoCloseable {
  void call(CallEvent event);

  void agent(AgentEvent event);

  void deadLetter(DeadLetter deadLetter);

  /** A finished call recording; only sinks of the recordings watcher take them. */
  default void recording(Recording recording) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " takes no recordings");
  }

  /** Blocks until everything accepted so far is durably written (e.g. acknowledged by Kafka). */
  void flush();

  @Override
  void close();
}
