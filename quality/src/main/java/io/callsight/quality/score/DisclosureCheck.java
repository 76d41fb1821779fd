package io.callsight.quality.score;

import io.callsight.quality.redact.PiiKind;
import io.callsight.quality.rules.Rule;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Fails on the first turn in which the party said personal data of a forbidden kind; the evidence
 * is the redacted turn, so the data itself is not repeated.
 */
final class DisclosureCheck extends Check {
  private final Rule.MustNotDisclose rule;

  DisclosureCheck(Rule.MustNotDisclose rule) {
    super(rule.info());
    this.rule = rule;
  }

  @Override
  Judgement judgeApplicable(PreparedCall call, Map<String, Judgement> earlier) {
    for (PreparedTurn t : call.turns) {
      if (rule.speaker().accepts(t.speaker(), false) && !t.pii().isEmpty()) {
        Set<PiiKind> said = EnumSet.noneOf(PiiKind.class);
        said.addAll(t.pii());
        said.retainAll(rule.kinds());
        if (!said.isEmpty()) {
          return verdict(
              VerdictKind.FAIL, t, "disclosed: " + said.stream().map(PiiKind::code).toList());
        }
      }
    }
    return verdict(VerdictKind.PASS, (PreparedTurn) null, "no personal data said");
  }
}
