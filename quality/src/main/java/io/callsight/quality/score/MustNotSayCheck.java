package io.callsight.quality.score;

import io.callsight.quality.match.Phrase;
import io.callsight.quality.rules.Rule;
import java.util.Map;

/**
 * Fails on the first turn in which the party says a forbidden phrase; its evidence is that turn.
 */
final class MustNotSayCheck extends Check {
  private final Rule.MustNotSay rule;
  private final PhraseSet phrases;

  MustNotSayCheck(Rule.MustNotSay rule, PhraseSet phrases) {
    super(rule.info());
    this.rule = rule;
    this.phrases = phrases;
  }

  @Override
  Judgement judgeApplicable(PreparedCall call, Map<String, Judgement> earlier) {
    for (PreparedTurn t : call.turns) {
      if (rule.speaker().accepts(t.speaker(), false) && call.inWindow(rule.window(), t)) {
        Phrase p = phrases.find(t.keyed());
        if (p != null) {
          return verdict(VerdictKind.FAIL, t, "said: " + p.source());
        }
      }
    }
    return verdict(VerdictKind.PASS, (PreparedTurn) null, "none said");
  }
}
