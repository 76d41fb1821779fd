package io.callsight.jobs.kpi;

import io.callsight.schemas.Alert;
import io.callsight.schemas.AlertLevel;
import io.callsight.schemas.AlertState;
import java.util.Locale;

/**
 * The grade of one alert of one queue over time: escalates at once, de-escalates or clears only
 * when the value has recovered past the threshold by the rule's margin. A mutable POJO for Flink.
 */
public final class AlertTracker {
  public AlertLevel level;
  public String alertId;

  public AlertTracker() {}

  /**
   * Looks at a new value; returns the alert to publish when the grade changed, else null. A null
   * value (not measurable now) changes nothing.
   */
  public Alert evaluate(AlertRule rule, String queue, Double value, long time) {
    if (value == null) {
      return null;
    }
    AlertLevel raw = rule.gradeOf(value);
    AlertLevel next = level;
    if (rank(raw) > rank(level)) {
      next = raw;
    } else {
      AlertLevel recovered = rule.gradeOf(rule.recovered(value));
      if (rank(recovered) < rank(level)) {
        next = recovered;
      }
    }
    if (next == level) {
      return null;
    }
    AlertState state;
    if (level == null) {
      state = AlertState.RAISED;
      alertId = queue + ":" + rule.kind() + ":" + time;
    } else {
      state = next == null ? AlertState.CLEARED : AlertState.UPDATED;
    }
    AlertLevel shown = next == null ? level : next;
    level = next;
    double threshold = shown == AlertLevel.CRITICAL ? rule.critical() : rule.warning();
    Alert alert =
        new Alert(
            alertId,
            "kpi",
            rule.kind(),
            shown,
            state,
            queue,
            null,
            null,
            value,
            threshold,
            message(rule, queue, value, threshold, state),
            time);
    if (next == null) {
      alertId = null;
    }
    return alert;
  }

  private static String message(
      AlertRule rule, String queue, double value, double threshold, AlertState state) {
    String what =
        rule.kind().equals("SERVICE_LEVEL")
            ? "service level " + rule.describe(value)
            : rule.describe(value) + " calls waiting";
    if (state == AlertState.CLEARED) {
      return String.format(Locale.ROOT, "%s: back to normal, %s", queue, what);
    }
    String relation = rule.higherIsWorse() ? "at or above" : "below";
    return String.format(
        Locale.ROOT,
        "%s: %s is %s the limit of %s",
        queue,
        what,
        relation,
        rule.describe(threshold));
  }

  private static int rank(AlertLevel level) {
    return level == null ? 0 : level.ordinal() + 1;
  }
}
