package io.callsight.ingest.sim;

/**
 * Where the simulated switch reports what happens, in time order. Implementations turn the events
 * into canonical events ({@link CanonicalEventWriter}) or a switch's own log ({@link
 * QueueLogWriter}).
 */
public interface SimulationOutput extends AutoCloseable {
  void call(SimulatedCallEvent event);

  void agent(SimulatedAgentEvent event);

  /** Makes everything reported so far visible to readers (written, acknowledged). */
  void flush();

  @Override
  void close();
}
