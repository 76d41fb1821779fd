package io.callsight.ingest.sim;

/**
 * What happened in one queue during a run, counted by the simulator itself (calls still waiting or
 * talking when the run stopped are offered but not yet answered or lost).
 */
public record QueueSummary(
    String queue,
    long offered,
    long answered,
    long answeredWithinThreshold,
    long abandoned,
    long abandonedAfterThreshold,
    long timedOut,
    long exitedWithKey,
    long exitedEmpty,
    long transferred) {

  /** Answered within the threshold / (answered + abandoned after the threshold); 1 when idle. */
  public double serviceLevel() {
    long base = answered + abandonedAfterThreshold;
    return base == 0 ? 1.0 : (double) answeredWithinThreshold / base;
  }

  /** Abandoned / offered; 0 when nothing was offered. */
  public double abandonRate() {
    return offered == 0 ? 0.0 : (double) abandoned / offered;
  }
}
