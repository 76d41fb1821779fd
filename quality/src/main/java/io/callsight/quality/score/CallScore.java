package io.callsight.quality.score;

import io.callsight.quality.text.Language;
import java.util.List;
import java.util.Map;

/**
 * A call scored against a rule set: the total (0–100), whether a critical rule failed, category and
 * priority, every rule's verdict with evidence, sentiment, the redacted turns, and the conversation
 * measures passed through from transcription.
 */
public record CallScore(
    String callId,
    String ruleSet,
    int ruleSetVersion,
    Language language,
    double score,
    double weightedScore,
    boolean autoFail,
    String category,
    String categoryLabel,
    Evidence categoryEvidence,
    int priority,
    List<Verdict> verdicts,
    CallSentiment sentiment,
    List<ScoredTurn> turns,
    Map<String, Object> measures) {

  /** The verdict of one rule, or null. */
  public Verdict verdict(String rule) {
    return verdicts.stream().filter(v -> v.rule().equals(rule)).findFirst().orElse(null);
  }
}
