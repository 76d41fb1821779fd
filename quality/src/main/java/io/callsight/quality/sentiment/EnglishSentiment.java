package io.callsight.quality.sentiment;

import io.callsight.quality.text.EnglishWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English sentiment: words (contractions spelled out, so "don't" negates), looked up longest entry
 * first ("has not arrived" before "has"), then {@link ValenceRules}.
 */
final class EnglishSentiment extends LexiconScorer {
  /**
   * The words after which "like" is the verb of liking (I like, don't like, really like). After
   * anything else it is the preposition or the filler of speech ("it was like an hour", "feels like
   * forever", "like, three times"), which says nothing of a mood.
   */
  private static final Set<String> BEFORE_VERB_LIKE =
      Set.of(
          ("i you we they he she who people everyone everybody nobody not do does did to would will"
                  + " might may could should really also actually totally definitely always still"
                  + " never kinda genuinely truly both all")
              .split(" "));

  private final Lexicon.Phrases entries;
  private final ThreadLocal<RecentSteps> steps = ThreadLocal.withInitial(RecentSteps::new);

  EnglishSentiment(Lexicon lexicon) {
    this.entries = lexicon.words();
  }

  @Override
  List<Token> tokens(String text) {
    List<EnglishWords.Word> words = EnglishWords.wordsOf(text);
    List<Token> tokens = new ArrayList<>(words.size() + 8);
    RecentSteps recent = steps.get();
    int i = 0;
    while (i < words.size()) {
      if (i > 0) {
        punctuation(text, words.get(i - 1).end(), words.get(i).start(), tokens);
      }
      Lexicon.Phrases phrase = recent.after(entries, words.get(i).text());
      Token found = phrase == null || likeOfSpeech(text, words, i) ? null : phrase.token();
      int len = 1;
      // A multi-word entry wins over its first word; it may not cross a clause break, but for the
      // comma after an opening "sorry" ("Sorry, could you repeat that?").
      for (int k = i + 1;
          phrase != null
              && k < words.size()
              && (sameClause(text, words.get(k - 1), words.get(k))
                  || k == i + 1 && afterSorry(text, words.get(i), words.get(k)));
          k++) {
        phrase = recent.after(phrase, words.get(k).text());
        if (phrase != null && phrase.token() != null) {
          found = phrase.token();
          len = k - i + 1;
        }
      }
      tokens.add(found == null ? Token.OTHER : found);
      i += len;
    }
    if (!words.isEmpty()) {
      punctuation(text, words.get(words.size() - 1).end(), text.length(), tokens);
    }
    return tokens;
  }

  /** Whether the word at {@code i} is "like" as a preposition or a filler, not a verb. */
  private static boolean likeOfSpeech(String text, List<EnglishWords.Word> words, int i) {
    if (!words.get(i).text().equals("like")) {
      return false;
    }
    return i == 0
        || !sameClause(text, words.get(i - 1), words.get(i))
        || !BEFORE_VERB_LIKE.contains(words.get(i - 1).text());
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

  /**
   * Whether only a comma stands between "sorry" and the next word: the comma of the interjection,
   * not a clause break.
   */
  private static boolean afterSorry(String text, EnglishWords.Word sorry, EnglishWords.Word next) {
    if (!sorry.text().equals("sorry")) {
      return false;
    }
    for (int c = sorry.end(); c < next.start(); c++) {
      char ch = text.charAt(c);
      if (ch != ',' && !Character.isWhitespace(ch)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameClause(String text, EnglishWords.Word a, EnglishWords.Word b) {
    for (int c = a.end(); c < b.start(); c++) {
      if (".,;?:!\n".indexOf(text.charAt(c)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
