package io.callsight.quality.scorecard;

/**
 * A measure's target range and weight. {@code worst} scores 0 and {@code best} scores 1, linearly
 * between and clamped outside; best may be below worst when less is better (AHT, error rates).
 */
public record Target(double worst, double best, double weight) {
  public Target {
    if (worst == best) {
      throw new IllegalArgumentException("a target range needs two different ends, got " + worst);
    }
    if (!(weight >= 0)) {
      throw new IllegalArgumentException("a target weight must not be negative, got " + weight);
    }
  }

  /** How far a value reaches from the worst end (0) to the best (1). */
  public double attainment(double value) {
    double a = (value - worst) / (best - worst);
    return Math.max(0, Math.min(1, a));
  }
}
