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
    String widest = lexicon.entryOfMostWords();
    if (Lexicon.wordsIn(widest) > LONGEST_ENTRY) {
      // It would never match: words are looked up at most LONGEST_ENTRY at a time.
      throw new IllegalStateException(
          "English sentiment lexicon: '"
              + widest
              + "' has more than "
              + LONGEST_ENTRY
              + " words; split it or shorten it");
    }
    this.lexicon = lexicon;
  }

  @Override
  public Sentiment score(String text) {
    List<EnglishWords.Word> words = EnglishWords.wordsOf(text);
    List<Token> tokens = new ArrayList<>(words.size() + 8);
    int i = 0;
    while (i < words.size()) {
      if (i > 0) {
        punctuation(text, words.get(i - 1).end(), words.get(i).start(), tokens);
      }
      Token found = null;
      int len =
          lexicon.startsPhrase(words.get(i).text()) ? Math.min(LONGEST_ENTRY, words.size() - i) : 1;
      for (; len > 0; len--) {
        if (len > 1 && !sameClause(text, words, i, len)) {
          continue;
        }
        found = lexicon.get(len == 1 ? words.get(i).text() : join(words, i, len));
        if (found != null) {
          break;
        }
      }
      if (found == null) {
        tokens.add(Token.OTHER);
        i++;
      } else {
        tokens.add(found);
        i += len;
      }
    }
    if (!words.isEmpty()) {
      punctuation(text, words.get(words.size() - 1).end(), text.length(), tokens);
    }
    return Sentiment.of(ValenceRules.score(tokens));
  }

  /** The clause breaks and exclamation marks between two words. */
  private static void punctuation(String text, int from, int to, List<Token> out) {
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (ch == '!') {
        out.add(Token.EXCLAIM);
      } else if (ch == '.' || ch == ',' || ch == ';' || ch == '?' || ch == ':' || ch == '\n') {
        out.add(Token.CLAUSE);
      }
    }
  }

  private static boolean sameClause(String text, List<EnglishWords.Word> words, int i, int len) {
    for (int k = i + 1; k < i + len; k++) {
      for (int c = words.get(k - 1).end(); c < words.get(k).start(); c++) {
        if (".,;?:!\n".indexOf(text.charAt(c)) >= 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static String join(List<EnglishWords.Word> words, int i, int len) {
    StringBuilder key = new StringBuilder(words.get(i).text());
    for (int k = 1; k < len; k++) {
      key.append(' ').append(words.get(i + k).text());
    }
    return key.toString();
  }
}
