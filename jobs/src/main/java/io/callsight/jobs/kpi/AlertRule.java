package io.callsight.jobs.kpi;

import io.callsight.schemas.AlertLevel;
import java.io.Serializable;

/**
 * When a measure raises a warning and when it becomes critical, and the margin it must recover by
 * before the grade drops again (hysteresis, so a wobbling queue does not flood the board).
 */
public record AlertRule(
    String kind, boolean higherIsWorse, double warning, double critical, double clearMargin)
    implements Serializable {

  public AlertRule {
    if (higherIsWorse ? critical < warning : critical > warning) {
      throw new IllegalArgumentException(
          kind + ": the critical threshold must be past the warning");
    }
    if (clearMargin < 0) {
      throw new IllegalArgumentException(kind + ": the clear margin must not be negative");
    }
  }

  /** The grade the value alone deserves, or null when it is fine. */
  AlertLevel gradeOf(double value) {
    if (higherIsWorse ? value >= critical : value < critical) {
      return AlertLevel.CRITICAL;
    }
    if (higherIsWorse ? value >= warning : value < warning) {
      return AlertLevel.WARNING;
    }
    return null;
  }

  /** The value moved towards good by the clear margin. */
  double recovered(double value) {
    return higherIsWorse ? value + clearMargin : value - clearMargin;
  }

  String describe(double value) {
    return kind.equals("SERVICE_LEVEL")
        ? String.format(java.util.Locale.ROOT, "%.0f%%", value * 100)
        : String.format(java.util.Locale.ROOT, "%.0f", value);
  }
}
