package io.callsight.quality.sentiment;

import io.callsight.quality.text.Language;

/** Scores the sentiment of one text (a turn, a review, a line). Thread-safe. */
public interface SentimentScorer {
  Sentiment score(String text);

  /** The lexicon scorer for a language; built once per JVM. */
  static SentimentScorer forLanguage(Language language) {
    return switch (language) {
      case ZH_CN -> Lexicons.CHINESE.get();
      case EN_US -> Lexicons.ENGLISH.get();
    };
  }
}
