package io.callsight.quality.score;

import io.callsight.quality.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Passes when the steps that were found came in the order given (soothe → record → escalate); fails
 * on the first step found before one that should precede it. Needs two steps found.
 */
final class OrderCheck extends Check {
  private final Rule.Order rule;

  OrderCheck(Rule.Order rule) {
    super(rule.info());
    this.rule = rule;
  }

  @Override
  boolean late() {
    return true;
  }

  @Override
  Judgement judgeApplicable(PreparedCall call, Map<String, Judgement> earlier) {
    List<String> found = new ArrayList<>();
    int latestTurn = -1;
    String latestStep = null;
    for (String step : rule.steps()) {
      Judgement j = earlier.get(step);
      if (j == null || j.verdict().verdict() != VerdictKind.PASS || j.turn() < 0) {
        continue;
      }
      found.add(step);
      if (j.turn() < latestTurn) {
        return verdict(
            VerdictKind.FAIL, call.turns.get(j.turn()), step + " came before " + latestStep);
      }
      latestTurn = j.turn();
      latestStep = step;
    }
    if (found.size() < 2) {
      return verdict(
          VerdictKind.NOT_APPLICABLE,
          (PreparedTurn) null,
          "fewer than two of its steps were found");
    }
    List<String> missing = rule.steps().stream().filter(s -> !found.contains(s)).toList();
    return verdict(
        VerdictKind.PASS,
        call.turns.get(latestTurn),
        "in order: "
            + String.join(", ", found)
            + (missing.isEmpty()
                ? ""
                : " (not said, so not ordered: " + String.join(", ", missing) + ")"));
  }
}
