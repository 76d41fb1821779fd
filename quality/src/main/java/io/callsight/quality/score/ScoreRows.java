package io.callsight.quality.score;

import io.callsight.quality.CallFacts;
import io.callsight.quality.redact.PiiKind;
import io.callsight.schemas.RedactedTurn;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Transcript;
import java.util.ArrayList;
import java.util.List;

/**
 * A call score as the rows the quality job writes: one {@code call-scores} row and a {@code
 * transcript-turns} row per redacted turn, with the switch's facts the transcript was joined with.
 */
public final class ScoreRows {
  private ScoreRows() {}

  /**
   * Where and when the call happened, from its switch events.
   *
   * @param callStart when the call started (epoch ms), or null when its events are not known
   */
  public record CallContext(CallFacts facts, String queue, Long callStart) {
    /** A call known only from its transcript. */
    public static final CallContext UNKNOWN = new CallContext(CallFacts.NONE, null, null);

    public CallContext {
      facts = facts == null ? CallFacts.NONE : facts;
    }

    boolean joined() {
      return callStart != null;
    }

    long start(Transcript t) {
      return callStart != null ? callStart : t.eventTime();
    }
  }

  /** The {@code call-scores} row. */
  public static ScoredCall scoredCall(
      CallScore score, Transcript transcript, CallContext call, long scoredAt) {
    List<ScoredCall.RuleVerdict> verdicts = new ArrayList<>(score.verdicts().size());
    List<String> failed = new ArrayList<>();
    int passed = 0;
    int critical = 0;
    for (Verdict v : score.verdicts()) {
      verdicts.add(
          new ScoredCall.RuleVerdict(
              v.rule(),
              v.step(),
              v.verdict().code(),
              v.weight(),
              v.critical(),
              v.evidence() == null
                  ? null
                  : new ScoredCall.VerdictEvidence(
                      speaker(v.evidence().speaker()), v.evidence().text(), v.evidence().startMs()),
              v.note()));
      if (v.verdict() == VerdictKind.PASS) {
        passed++;
      } else if (v.verdict() == VerdictKind.FAIL) {
        failed.add(v.rule());
        critical += v.critical() ? 1 : 0;
      }
    }
    CallFacts f = call.facts();
    PartySentiment customer = score.sentiment().customer();
    return new ScoredCall(
        score.callId(),
        call.start(transcript),
        scoredAt,
        f.agentId(),
        call.queue(),
        score.language().tag(),
        score.ruleSet(),
        score.ruleSetVersion(),
        score.score(),
        score.autoFail(),
        score.category(),
        score.priority(),
        passed,
        failed.size(),
        critical,
        failed,
        verdicts,
        customer.start(),
        customer.end(),
        customer.overall(),
        score.sentiment().agent().overall(),
        transcript.durationMs(),
        transcript.measures().longestSilenceMs(),
        transcript.measures().overtalkMs(),
        call.joined(),
        f.ringMs(),
        f.waitMs(),
        f.holds(),
        f.transferred(),
        f.disposition());
  }

  /** The {@code transcript-turns} rows: every turn, redacted, timed from the call's start. */
  public static List<RedactedTurn> turns(CallScore score, Transcript transcript, CallContext call) {
    long start = call.start(transcript);
    List<RedactedTurn> rows = new ArrayList<>(score.turns().size());
    for (ScoredTurn t : score.turns()) {
      rows.add(
          new RedactedTurn(
              score.callId(),
              t.index(),
              start + t.startMs(),
              speaker(t.speaker()),
              t.startMs(),
              t.endMs(),
              t.text(),
              t.sentiment(),
              t.sentimentLabel().code(),
              t.redacted().stream().map(PiiKind::code).sorted().toList(),
              call.facts().agentId(),
              call.queue(),
              score.language().tag()));
    }
    return rows;
  }

  private static Speaker speaker(io.callsight.quality.Speaker s) {
    return s == null ? null : Speaker.of(s.code());
  }
}
