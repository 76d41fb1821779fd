package io.callsight.quality.score;

import io.callsight.quality.rules.Rule;
import java.util.Map;

/**
 * A compiled rule that judges one prepared call. A rule whose condition does not hold is not
 * applicable; otherwise the rule's kind judges it.
 */
abstract class Check {
  private final Rule.Info info;

  Check(Rule.Info info) {
    this.info = info;
  }

  final Rule.Info info() {
    return info;
  }

  /** Judges the call; {@code earlier} holds the verdicts of checks that are not {@link #late}. */
  final Judgement judge(PreparedCall call, Map<String, Judgement> earlier) {
    String unmet = call.unmet(info.when(), alsoWhen());
    if (unmet != null) {
      return verdict(VerdictKind.NOT_APPLICABLE, (PreparedTurn) null, unmet);
    }
    Judgement j = judgeApplicable(call, earlier);
    String once = info.criticalOnceTopic();
    if (once == null || !j.verdict().critical() || call.topicTurn(once) >= 0) {
      return j;
    }
    Verdict v = j.verdict();
    return new Judgement(
        new Verdict(
            v.rule(),
            v.step(),
            v.verdict(),
            v.weight(),
            false,
            v.evidence(),
            v.note() + "; critical only once topic " + once + " comes up"),
        j.turn());
  }

  /** Judges a call the rule applies to. */
  abstract Judgement judgeApplicable(PreparedCall call, Map<String, Judgement> earlier);

  /**
   * A topic whose mention makes the rule apply even when its condition's topic never came up, or
   * null.
   */
  String alsoWhen() {
    return null;
  }

  /** Whether this check needs the others' verdicts first (order checks). */
  boolean late() {
    return false;
  }

  final Judgement verdict(VerdictKind kind, PreparedTurn turn, String note) {
    return new Judgement(
        new Verdict(
            info.id(),
            info.step(),
            kind,
            info.weight(),
            info.critical(),
            turn == null ? null : turn.evidence(),
            note),
        turn == null ? -1 : turn.index());
  }

  final Judgement verdict(VerdictKind kind, Evidence evidence, String note) {
    return new Judgement(
        new Verdict(info.id(), info.step(), kind, info.weight(), info.critical(), evidence, note),
        -1);
  }
}
