package io.callsight.quality.score;

import io.callsight.quality.rules.Rule;
import java.util.Locale;
import java.util.Map;

/** Judges a fact of the call (ring time, holds, transfer, outcome); not applicable when unknown. */
final class FactRuleCheck extends Check {
  private final Rule.FactCheck rule;

  FactRuleCheck(Rule.FactCheck rule) {
    super(rule.info());
    this.rule = rule;
  }

  @Override
  Judgement judgeApplicable(PreparedCall call, Map<String, Judgement> earlier) {
    Object value = rule.fact().valueOf(call.facts);
    if (value == null) {
      return verdict(
          VerdictKind.NOT_APPLICABLE, (PreparedTurn) null, rule.fact().code() + " is not known");
    }
    String shown = rule.fact().code() + " = " + format(value);
    boolean pass;
    String limit;
    if (value instanceof Double d) {
      pass =
          (rule.atMost() == null || d <= rule.atMost())
              && (rule.atLeast() == null || d >= rule.atLeast());
      limit =
          (rule.atMost() != null ? "at most " + format(rule.atMost()) : "")
              + (rule.atMost() != null && rule.atLeast() != null ? " and " : "")
              + (rule.atLeast() != null ? "at least " + format(rule.atLeast()) : "");
    } else if (value instanceof Boolean b) {
      pass = b.equals(rule.is());
      limit = "must be " + rule.is();
    } else {
      String text = value.toString().trim();
      pass = rule.oneOf().stream().anyMatch(o -> o.equalsIgnoreCase(text));
      limit = "one of " + rule.oneOf();
    }
    Evidence evidence = new Evidence(null, shown, 0);
    return verdict(
        pass ? VerdictKind.PASS : VerdictKind.FAIL, evidence, shown + " (" + limit + ")");
  }

  private static String format(Object v) {
    if (v instanceof Double d) {
      return d == Math.rint(d)
          ? Long.toString(d.longValue())
          : String.format(Locale.ROOT, "%.1f", d);
    }
    return String.valueOf(v);
  }
}
