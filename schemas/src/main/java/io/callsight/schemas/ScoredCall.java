package io.callsight.schemas;

import java.util.List;
import java.util.Objects;

/**
 * One call scored against the centre's script on {@code call-scores}, keyed by callId: the total
 * and every rule's verdict with its (redacted) evidence, category and priority, both parties'
 * sentiment, and the switch's facts the transcript was joined with. A re-score with a new rule-set
 * version is a new row with the same callId and a higher {@code ruleSetVersion}.
 */
public record ScoredCall(
    String callId,
    long eventTime,
    long scoredAt,
    String agentId,
    String queue,
    String language,
    String ruleSet,
    int ruleSetVersion,
    double score,
    boolean autoFail,
    String category,
    int priority,
    int rulesPassed,
    int rulesFailed,
    int criticalFailures,
    List<String> failedRules,
    List<RuleVerdict> verdicts,
    Double customerSentimentStart,
    Double customerSentimentEnd,
    Double customerSentiment,
    Double agentSentiment,
    long durationMs,
    Long longestSilenceMs,
    Long overtalkMs,
    boolean callEventsJoined,
    Long ringMs,
    Long waitMs,
    Integer holds,
    Boolean transferred,
    String disposition) {

  public ScoredCall {
    Records.requireText(callId, "callId");
    Records.requireEpochMillis(eventTime, "eventTime");
    Records.requireEpochMillis(scoredAt, "scoredAt");
    Records.requireText(language, "language");
    Records.requireText(ruleSet, "ruleSet");
    Records.requireText(category, "category");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be within 0..100, was " + score);
    }
    Records.requireNonNegative(durationMs, "durationMs");
    failedRules = List.copyOf(Objects.requireNonNull(failedRules, "failedRules are required"));
    verdicts = List.copyOf(Objects.requireNonNull(verdicts, "verdicts are required"));
  }

  /** One rule's verdict on the call. */
  public record RuleVerdict(
      String rule,
      String step,
      String verdict,
      double weight,
      boolean critical,
      VerdictEvidence evidence,
      String note) {
    public RuleVerdict {
      Records.requireText(rule, "rule");
      Records.requireText(verdict, "verdict");
    }
  }

  /** What a verdict rests on: who said what (redacted) and when. */
  public record VerdictEvidence(Speaker speaker, String text, long startMs) {
    public VerdictEvidence {
      Objects.requireNonNull(text, "text is required");
      Records.requireNonNegative(startMs, "startMs");
    }
  }
}
