package io.callsight.ingest.sim;

import java.time.Duration;

/**
 * The callers: how many different numbers call, and how likely a caller is to call again — soon
 * when the last call went unanswered, within days when it was handled.
 *
 * @param population how many different caller numbers there are (at most 100 million)
 * @param repeatAfterAnswered the chance a handled caller calls again
 * @param repeatAfterUnanswered the chance a caller who gave up (or was timed out) tries again
 * @param meanRepeatDelay mean time until a handled caller calls again
 * @param meanRetryDelay mean time until a caller who gave up tries again
 */
public record CallerConfig(
    int population,
    double repeatAfterAnswered,
    double repeatAfterUnanswered,
    Duration meanRepeatDelay,
    Duration meanRetryDelay) {
  /** A million numbers; one in eight handled callers call again within about a day. */
  public static final CallerConfig DEFAULT =
      new CallerConfig(1_000_000, 0.12, 0.45, Duration.ofHours(20), Duration.ofMinutes(20));

  public static final int MAX_POPULATION = 100_000_000;

  public CallerConfig {
    if (population < 1 || population > MAX_POPULATION) {
      throw new IllegalArgumentException(
          "callers.population must be within 1.." + MAX_POPULATION + ", was " + population);
    }
    Probability.require(repeatAfterAnswered, "callers.repeatAfterAnswered");
    Probability.require(repeatAfterUnanswered, "callers.repeatAfterUnanswered");
    requirePositive(meanRepeatDelay, "callers.meanRepeatDelay");
    requirePositive(meanRetryDelay, "callers.meanRetryDelay");
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }
}
