package io.callsight.quality.score;

import io.callsight.quality.rules.Rule;
import java.util.Map;

/** A compiled rule that judges one prepared call. */
interface Check {
  Rule.Info info();

  /** Judges the call; {@code earlier} holds the verdicts of checks that are not {@link #late}. */
  Judgement judge(PreparedCall call, Map<String, Judgement> earlier);

  /** Whether this check needs the others' verdicts first (order checks). */
  default boolean late() {
    return false;
  }

  default Judgement verdict(VerdictKind kind, PreparedTurn turn, String note) {
    Rule.Info i = info();
    return new Judgement(
        new Verdict(
            i.id(),
            i.step(),
            kind,
            i.weight(),
            i.critical(),
            turn == null ? null : turn.evidence(),
            note),
        turn == null ? -1 : turn.index());
  }

  default Judgement verdict(VerdictKind kind, Evidence evidence, String note) {
    Rule.Info i = info();
    return new Judgement(
        new Verdict(i.id(), i.step(), kind, i.weight(), i.critical(), evidence, note), -1);
  }
}
