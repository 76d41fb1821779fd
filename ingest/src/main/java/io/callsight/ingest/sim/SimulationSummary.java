package io.callsight.ingest.sim;

import java.time.Instant;
import java.util.List;

/**
 * What a run produced: the simulated span, the events reported to the output, and each queue's
 * outcomes.
 */
public record SimulationSummary(
    Instant simulatedFrom,
    Instant simulatedUntil,
    long callEvents,
    long agentEvents,
    List<QueueSummary> queues) {

  public SimulationSummary {
    queues = List.copyOf(queues);
  }

  public long events() {
    return callEvents + agentEvents;
  }
}
