package io.callsight.jobs.quality;

import io.callsight.common.Option;
import io.callsight.quality.TranscriptCalls;
import io.callsight.quality.redact.Redactor;
import io.callsight.quality.rules.RuleSets;
import io.callsight.quality.score.CallScore;
import io.callsight.quality.score.CallScorer;
import io.callsight.quality.score.ScoreRows;
import io.callsight.quality.sentiment.SentimentScorer;
import io.callsight.quality.text.Language;
import io.callsight.schemas.Alert;
import io.callsight.schemas.RedactedTurn;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Transcript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores transcripts with the rule set of their language and turns each score into the rows the
 * quality job writes: the call's score, its redacted turns, and its alerts.
 */
public final class QualityScoring {
  /** Everything one scored call produces. */
  public record Result(ScoredCall call, List<RedactedTurn> turns, List<Alert> alerts) {}

  private final Map<Language, CallScorer> scorers = new EnumMap<>(Language.class);
  private final QualityAlerts alerts;

  /**
   * Loads both rule sets and the sentiment models, if any.
   *
   * @throws io.callsight.quality.rules.RuleSetException when a rule set is missing or invalid
   * @throws IllegalArgumentException naming the file when a sentiment model is missing, invalid or
   *     for the other language
   */
  public QualityScoring(QualityOptions options) {
    Redactor redactor = new Redactor(options.ownDomains());
    scorers.put(
        Language.ZH_CN,
        scorer(
            Language.ZH_CN,
            options.rulesZh(),
            options.sentimentModelZh(),
            QualityOptions.SENTIMENT_MODEL_ZH,
            redactor));
    scorers.put(
        Language.EN_US,
        scorer(
            Language.EN_US,
            options.rulesEn(),
            options.sentimentModelEn(),
            QualityOptions.SENTIMENT_MODEL_EN,
            redactor));
    for (Map.Entry<Language, CallScorer> e : scorers.entrySet()) {
      if (e.getValue().ruleSet().language() != e.getKey()) {
        throw new IllegalArgumentException(
            "the rule set for "
                + e.getKey()
                + " calls, "
                + e.getValue().ruleSet().id()
                + ", is written for "
                + e.getValue().ruleSet().language());
      }
    }
    this.alerts = new QualityAlerts(options.negativeCustomer());
  }

  /** A language's rule set, scored with its sentiment model, or its lexicon when none is set. */
  private static CallScorer scorer(
      Language language,
      String rules,
      String sentimentModel,
      Option<String> modelOption,
      Redactor redactor) {
    return new CallScorer(
        RuleSets.load(rules),
        SentimentScorer.configured(language, sentimentModel, modelOption.key()),
        redactor);
  }

  /**
   * Scores one call.
   *
   * @throws IllegalArgumentException when the transcript is in a language no rule set covers
   */
  public Result score(Transcript transcript, ScoreRows.CallContext call, long now) {
    Language language = Language.of(transcript.language());
    CallScore score = scorers.get(language).score(TranscriptCalls.of(transcript, call.facts()));
    ScoredCall row = ScoreRows.scoredCall(score, transcript, call, now);
    return new Result(row, ScoreRows.turns(score, transcript, call), alerts.of(row));
  }
}
