package io.callsight.quality.sentiment;

import io.callsight.quality.text.Language;

/** Scores the sentiment of one text (a turn, a review, a line). Thread-safe. */
public interface SentimentScorer {
  Sentiment score(String text);

  /**
   * Scores an agent's turn. The complaints an agent restates, records or escalates ("so you were
   * charged twice", 转交给投诉专员) are the customer's, not the agent's mood: the lexicon counts no
   * complaint told as a fact here, only the agent's own words of feeling.
   */
  default Sentiment scoreAgent(String text) {
    return score(text);
  }

  /** The lexicon scorer for a language; built once per JVM. */
  static SentimentScorer forLanguage(Language language) {
    return switch (language) {
      case ZH_CN -> Lexicons.CHINESE.get();
      case EN_US -> Lexicons.ENGLISH.get();
    };
  }

  /**
   * The trained model in {@code file} for texts in {@code language}, or the lexicon when no file is
   * named (null or empty).
   *
   * @param setting the option that named the file, for the error
   * @throws IllegalArgumentException naming the file when it is missing, not a model, or a model of
   *     another language
   */
  static SentimentScorer configured(Language language, String file, String setting) {
    if (file == null || file.isEmpty()) {
      return forLanguage(language);
    }
    SentimentModel model = SentimentModel.read(java.nio.file.Path.of(file));
    if (model.language() != language) {
      throw new IllegalArgumentException(
          setting + ": the sentiment model " + file + " scores " + model.language() + " texts");
    }
    return model;
  }
}
