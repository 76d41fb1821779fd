package io.callsight.quality.sentiment;

import io.callsight.quality.text.EnglishWords;
import java.util.ArrayList;
import java.util.List;

/**
 * English sentiment: words (contractions spelled out, so "don't" negates), looked up as three-,
 * two- and one-word entries, then {@link ValenceRules}.
 */
final class EnglishSentiment implements SentimentScorer {
  private static final int LONGEST_ENTRY = 3;

  private final Lexicon lexicon;

  EnglishSentiment(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Sentiment score(String text) {
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      boolean exclaim = c == '!';
      if (exclaim || c == '.' || c == ',' || c == ';' || c == '?' || c == ':' || c == '\n') {
        words(text.substring(from, i), tokens);
        tokens.add(exclaim ? Token.EXCLAIM : Token.CLAUSE);
        from = i + 1;
      }
    }
    return Sentiment.of(ValenceRules.score(tokens));
  }

  private void words(String clause, List<Token> out) {
    List<EnglishWords.Word> words = EnglishWords.words(clause);
    int i = 0;
    while (i < words.size()) {
      Token found = null;
      int len = Math.min(LONGEST_ENTRY, words.size() - i);
      for (; len > 0; len--) {
        StringBuilder key = new StringBuilder(words.get(i).text());
        for (int k = 1; k < len; k++) {
          key.append(' ').append(words.get(i + k).text());
        }
        found = lexicon.get(key.toString());
        if (found != null) {
          break;
        }
      }
      if (found == null) {
        out.add(Token.OTHER);
        i++;
      } else {
        out.add(found);
        i += len;
      }
    }
  }
}
