package io.callsight.quality.sentiment;

import java.util.function.Supplier;

/** The shipped scorers, built on first use. */
final class Lexicons {
  static final Supplier<SentimentScorer> CHINESE =
      memo(() -> new ChineseSentiment(new Lexicon().addRules("zh-CN.sentiment")));
  static final Supplier<SentimentScorer> ENGLISH =
      memo(
          () ->
              new EnglishSentiment(
                  new Lexicon()
                      .addRules("en-US.sentiment")
                      .addVader("vader_sentiment_lexicon.txt")));

  private Lexicons() {}

  private static Supplier<SentimentScorer> memo(Supplier<SentimentScorer> make) {
    return new Supplier<>() {
      private volatile SentimentScorer made;

      @Override
      public SentimentScorer get() {
        SentimentScorer s = made;
        if (s == null) {
          synchronized (this) {
            if (made == null) {
              made = make.get();
            }
            s = made;
          }
        }
        return s;
      }
    };
  }
}
