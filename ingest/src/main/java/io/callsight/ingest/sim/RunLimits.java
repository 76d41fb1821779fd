package io.callsight.ingest.sim;

import java.time.Duration;

/**
 * When a run stops (besides being stopped or interrupted): after a span of simulated time, after a
 * number of events, whichever comes first.
 *
 * @param simulatedTime null for no limit
 * @param events {@link Long#MAX_VALUE} for no limit
 */
public record RunLimits(Duration simulatedTime, long events) {
  public static final RunLimits NONE = new RunLimits(null, Long.MAX_VALUE);

  public RunLimits {
    if (simulatedTime != null && (simulatedTime.isNegative() || simulatedTime.isZero())) {
      throw new IllegalArgumentException("simulated time must be positive, was " + simulatedTime);
    }
    if (events < 1) {
      throw new IllegalArgumentException("the event limit must be positive, was " + events);
    }
  }

  public static RunLimits simulated(Duration simulatedTime) {
    return new RunLimits(simulatedTime, Long.MAX_VALUE);
  }

  public static RunLimits events(long events) {
    return new RunLimits(null, events);
  }
}
