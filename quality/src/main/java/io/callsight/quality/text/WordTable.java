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

  /** Where the word read last ends in its text, apostrophes at its end included. */
  int wordEnd;

  /**
   * The reading of the word that starts at {@code start} (a letter or a digit) and runs on over
   * letters, digits and apostrophes: lower-cased, typographic apostrophes plain, none at its end.
   * {@link #wordEnd} tells where it ended.
   */
  @SuppressWarnings("unchecked")
  R read(String text, int start) {
    int n = text.length();
    int len = 0;
    int hash = 0;
    int kept = 0; // the length without apostrophes at the end, and its hash
    int keptHash = 0;
    int i = start;
    // One pass finds the word's end, spells it lower-case and hashes it as String.hashCode would.
    for (; i < n; i++) {
      char ch = text.charAt(i);
      char lower;
      if (ch < 0x80) {
        if (ch >= 'A' && ch <= 'Z') {
          lower = (char) (ch | 0x20);
        } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '\'') {
          lower = ch;
        } else {
          break;
        }
      } else if (ch == '’') {
        lower = '\'';
      } else if (Character.isLetterOrDigit(ch)) {
        lower = Character.toLowerCase(ch);
      } else {
        break;
      }
      if (len == spelling.length) {
        spelling = java.util.Arrays.copyOf(spelling, len * 2);
      }
      spelling[len++] = lower;
      hash = 31 * hash + lower;
      if (lower != '\'') {
        kept = len;
        keptHash = hash;
      }
    }
    wordEnd = i;
    int slot = (keptHash ^ (keptHash >>> 13)) & (SLOTS - 1);
    String known = words[slot];
    if (known != null && spells(known, kept)) {
      return (R) readings[slot];
    }
    String word = new String(spelling, 0, kept);
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
