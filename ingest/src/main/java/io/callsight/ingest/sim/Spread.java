package io.callsight.ingest.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * A random duration by its mean and coefficient of variation (standard deviation / mean), drawn
 * from a log-normal distribution as talk, hold, wrap-up and patience times usually are.
 */
public record Spread(Duration mean, double cv) {

  public Spread {
    Objects.requireNonNull(mean, "mean is required");
    if (mean.isNegative() || mean.isZero()) {
      throw new IllegalArgumentException("mean must be positive, was " + mean);
    }
    if (!(cv >= 0 && cv <= 10)) {
      throw new IllegalArgumentException("cv must be within 0..10, was " + cv);
    }
  }

  /** A spread of {@code seconds} on average with the given coefficient of variation. */
  public static Spread ofSeconds(double seconds, double cv) {
    return new Spread(Duration.ofMillis(Math.round(seconds * 1000)), cv);
  }

  public long meanMillis() {
    return mean.toMillis();
  }
}
