package io.callsight.ingest.sim;

import io.callsight.testkit.CallScript;
import java.time.Duration;
import java.time.Instant;

/** Runs simulations in max pacing for tests, from a fixed Monday midnight in the centre's zone. */
final class Runs {
  /** Monday 2025-03-03 00:00 in Asia/Shanghai, where the profiles' centres are. */
  static final Instant MONDAY = Instant.parse("2025-03-02T16:00:00Z");

  private Runs() {}

  /** The canonical events of {@code days} simulated days. */
  static TimelineSink canonical(SimulationConfig config, long seed, Duration span) {
    TimelineSink sink = new TimelineSink();
    run(config, seed, span, new CanonicalEventWriter(sink, CallScript.CALLER_IDS));
    return sink;
  }

  static SimulationSummary run(
      SimulationConfig config, long seed, Duration span, SimulationOutput output) {
    return new Simulation(config, seed, Pacer.asFastAsPossible(MONDAY), output)
        .run(RunLimits.simulated(span));
  }
}
