package io.callsight.quality.text;

import java.util.function.Function;

/**
 * The words one thread has read lately, each kept as one lower-cased String with its reading (what
 * the reader works out from the spelling alone). A word read again is neither copied, hashed nor
 * worked out again, and every map it is looked up in afterwards (lexicon, keys) finds its hash
 * already computed: in an English call most words are said many times. Direct-mapped: a new word
 * takes the slot of the one it hashes to. Not thread-safe.
 *
 * @param <R> a word's reading
 */
final class WordTable<R> {
  private static final int SLOTS = 1 << 13;

  private final Function<String, R> reader;
  private final String[] words = new String[SLOTS];
  private final Object[] readings = new Object[SLOTS];
  private char[] spelling = new char[32];

  /** {@code reader} works out a word's reading from its lower-cased spelling. */
  WordTable(Function<String, R> reader) {
    this.reader = reader;
  }

  /**
   * The reading of the word between {@code start} and {@code end} of the text, lower-cased, with
   * typographic apostrophes plain and none at its end.
   */
  @SuppressWarnings("unchecked")
  R read(String text, int start, int end) {
    while (end > start && EnglishWords.isApostrophe(text.charAt(end - 1))) {
      end--;
    }
    int len = end - start;
    if (spelling.length < len) {
      spelling = new char[Math.max(len, spelling.length * 2)];
    }
    // One pass spells the word lower-case and hashes it as String.hashCode would.
    int hash = 0;
    for (int i = 0; i < len; i++) {
      char ch = text.charAt(start + i);
      char lower =
          ch < 0x80
              ? (char) (ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch)
              : ch == '’' ? '\'' : Character.toLowerCase(ch);
      spelling[i] = lower;
      hash = 31 * hash + lower;
    }
    int slot = (hash ^ (hash >>> 13)) & (SLOTS - 1);
    String kept = words[slot];
    if (kept != null && spells(kept, len)) {
      return (R) readings[slot];
    }
    String word = new String(spelling, 0, len);
    R reading = reader.apply(word);
    words[slot] = word;
    readings[slot] = reading;
    return reading;
  }

  private boolean spells(String kept, int len) {
    if (kept.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (kept.charAt(i) != spelling[i]) {
        return false;
      }
    }
    return true;
  }
}
