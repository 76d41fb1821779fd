package io.callsight.quality.sentiment;

import java.util.List;

/**
 * A lexicon scorer: a language reads a text as lexicon tokens, and {@link ValenceRules} scores them
 * the same way for every language, as a caller's turn or as an agent's.
 */
abstract class LexiconScorer implements SentimentScorer {
  /** The text's lexicon entries, punctuation and filler, in order. */
  abstract List<Token> tokens(String text);

  @Override
  public final Sentiment score(String text) {
    return Sentiment.of(ValenceRules.score(tokens(text), true));
  }

  @Override
  public final Sentiment scoreAgent(String text) {
    return Sentiment.of(ValenceRules.score(tokens(text), false));
  }
}
