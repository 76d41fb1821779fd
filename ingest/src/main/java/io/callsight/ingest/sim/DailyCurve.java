package io.callsight.ingest.sim;

import java.util.List;
import java.util.Objects;

/**
 * How the arrival rate changes over the day: 24 multipliers of a queue's base rate, one per local
 * hour.
 */
public record DailyCurve(List<Double> hourly) {
  /**
   * A typical inbound day: quiet at night, a steep morning ramp to the mid-morning peak, a lunch
   * dip, a second mid-afternoon peak and a long evening tail.
   */
  public static final DailyCurve CONTACT_CENTRE =
      new DailyCurve(
          List.of(
              0.06, 0.04, 0.03, 0.03, 0.03, 0.05, 0.12, 0.30, 0.60, 0.90, 1.00, 0.95, 0.70, 0.75,
              0.92, 0.95, 0.85, 0.70, 0.50, 0.38, 0.28, 0.20, 0.14, 0.09));

  public DailyCurve {
    Objects.requireNonNull(hourly, "hourly multipliers are required");
    if (hourly.size() != 24) {
      throw new IllegalArgumentException(
          "curve must have 24 hourly multipliers, had " + hourly.size());
    }
    for (int h = 0; h < 24; h++) {
      Double m = hourly.get(h);
      if (m == null || !(m >= 0) || m.isInfinite()) {
        throw new IllegalArgumentException(
            "curve multiplier for hour " + h + " must be a non-negative number, was " + m);
      }
    }
    hourly = List.copyOf(hourly);
  }

  /** The multiplier for a local hour (0–23). */
  public double at(int hour) {
    return hourly.get(hour);
  }

  /** The largest multiplier. */
  public double peak() {
    return hourly.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }
}
