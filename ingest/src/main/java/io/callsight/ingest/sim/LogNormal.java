package io.callsight.ingest.sim;

import java.util.SplittableRandom;

/** Draws a {@link Spread}'s durations in milliseconds; the parameters are worked out once. */
final class LogNormal {
  private final double mu;
  private final double sigma;

  LogNormal(Spread spread) {
    double variance = Math.log1p(spread.cv() * spread.cv());
    this.sigma = Math.sqrt(variance);
    this.mu = Math.log(spread.meanMillis()) - variance / 2;
  }

  long sample(SplittableRandom random) {
    return Math.round(Math.exp(mu + sigma * random.nextGaussian()));
  }
}
