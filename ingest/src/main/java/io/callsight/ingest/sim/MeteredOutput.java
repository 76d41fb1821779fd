package io.callsight.ingest.sim;

import io.callsight.ingest.IngestMetrics;

/** Counts every simulated event in the ingest metrics before passing it on. */
final class MeteredOutput implements SimulationOutput {
  private final SimulationOutput next;
  private final IngestMetrics metrics;

  MeteredOutput(SimulationOutput next, IngestMetrics metrics) {
    this.next = next;
    this.metrics = metrics;
  }

  @Override
  public void call(SimulatedCallEvent event) {
    next.call(event);
    metrics.recordRead();
    metrics.callEventParsed();
    metrics.newestEventTime(event.time());
  }

  @Override
  public void agent(SimulatedAgentEvent event) {
    next.agent(event);
    metrics.recordRead();
    metrics.agentEventParsed();
    metrics.newestEventTime(event.time());
  }

  @Override
  public void flush() {
    next.flush();
  }

  @Override
  public void close() {
    next.close();
  }
}
