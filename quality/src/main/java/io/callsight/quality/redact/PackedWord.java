package io.callsight.quality.redact;

import java.util.Collection;

/**
 * A short English word's letters, lower-cased and packed five bits a letter into a long, so that a
 * word of a text is compared with a few known words (number words, correction words) without being
 * copied: redaction reads every word of every English turn.
 */
final class PackedWord {
  /** The most letters a long holds at five bits each. */
  static final int LONGEST = 12;

  private PackedWord() {}

  /**
   * The ASCII letters between {@code start} and {@code end}, packed; 0 for none or for more than
   * {@link #LONGEST}, which no known word has.
   */
  static long of(CharSequence letters, int start, int end) {
    if (end - start > LONGEST) {
      return 0;
    }
    long packed = 0;
    for (int i = start; i < end; i++) {
      packed = packed << 5 | ((letters.charAt(i) | 0x20) - 'a' + 1);
    }
    return packed;
  }

  /** The words packed, in their order. */
  static long[] of(Collection<String> words) {
    long[] packed = words.stream().mapToLong(w -> of(w, 0, w.length())).toArray();
    for (int i = 0; i < packed.length; i++) {
      if (packed[i] == 0) {
        throw new IllegalArgumentException("no word of one to " + LONGEST + " letters: " + words);
      }
    }
    return packed;
  }

  /**
   * Whether the letters between {@code start} and {@code end} are one of {@code words}, any case.
   */
  static boolean isIn(long[] words, CharSequence text, int start, int end) {
    return indexIn(words, of(text, start, end)) >= 0; // no packed word is 0, the packing of none
  }

  /** Where a packed word is in {@code words}, or -1. */
  static int indexIn(long[] words, long word) {
    for (int i = 0; i < words.length; i++) {
      if (words[i] == word) {
        return i;
      }
    }
    return -1;
  }
}
