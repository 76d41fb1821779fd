package io.callsight.jobs.quality;

import io.callsight.schemas.Alert;
import io.callsight.schemas.AlertLevel;
import io.callsight.schemas.AlertState;
import io.callsight.schemas.ScoredCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The alerts (预警) a scored call raises: a critical rule failed (auto-fail), a complaint, or a
 * customer who ends the call upset. Each is about one call, so it is raised once and never cleared.
 */
final class QualityAlerts {
  static final String SOURCE = "quality";

  private final double negativeCustomer;

  QualityAlerts(double negativeCustomer) {
    this.negativeCustomer = negativeCustomer;
  }

  List<Alert> of(ScoredCall c) {
    List<Alert> out = new ArrayList<>(3);
    if (c.autoFail()) {
      out.add(
          alert(
              c,
              "AUTO_FAIL",
              AlertLevel.CRITICAL,
              (double) c.criticalFailures(),
              null,
              "call %s failed critical rules %s"
                  .formatted(c.callId(), String.join(", ", criticalRules(c)))));
    }
    if (c.category().equals("complaint")) {
      out.add(
          alert(
              c,
              "COMPLAINT",
              AlertLevel.WARNING,
              null,
              null,
              "call %s is a complaint (priority %d)".formatted(c.callId(), c.priority())));
    }
    Double end = c.customerSentimentEnd();
    if (end != null && end <= -negativeCustomer) {
      out.add(
          alert(
              c,
              "NEGATIVE_CUSTOMER",
              AlertLevel.WARNING,
              end,
              -negativeCustomer,
              String.format(
                  Locale.ROOT,
                  "call %s ended with a negative customer (sentiment %.2f)",
                  c.callId(),
                  end)));
    }
    return out;
  }

  private static List<String> criticalRules(ScoredCall c) {
    return c.verdicts().stream()
        .filter(v -> v.critical() && v.verdict().equals("fail"))
        .map(ScoredCall.RuleVerdict::rule)
        .toList();
  }

  private static Alert alert(
      ScoredCall c, String kind, AlertLevel level, Double value, Double threshold, String text) {
    return new Alert(
        SOURCE + ":" + kind + ":" + c.callId() + ":" + c.ruleSetVersion(),
        SOURCE,
        kind,
        level,
        AlertState.RAISED,
        c.queue(),
        c.agentId(),
        c.callId(),
        value,
        threshold,
        text,
        c.scoredAt());
  }
}
