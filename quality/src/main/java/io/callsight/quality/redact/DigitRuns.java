package io.callsight.quality.redact;

import io.callsight.quality.text.CharFolding;
import io.callsight.quality.text.ChineseNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds runs of digits in a text however they were said: digits (half- or full-width), Chinese
 * number words (一三八, 幺, 两), English number words ("one three eight", "oh", "double five"), mixed,
 * and with the spaces, dashes and commas people and recognisers put between groups.
 */
final class DigitRuns {
  /** One digit ('0'–'9', or 'X' for the last character of an ID card) and where it was said. */
  record Digit(char value, int start, int end) {}

  private static final int LONGEST = 6;
  private static final long[] DIGIT_WORDS =
      java.util.stream.Stream.of(
              "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
          .mapToLong(w -> spelling(w, 0, w.length()))
          .toArray();
  private static final long OH = spelling("oh", 0, 2);
  private static final long O = spelling("o", 0, 1);
  private static final long X = spelling("x", 0, 1);
  private static final long EX = spelling("ex", 0, 2);
  private static final long DOUBLE = spelling("double", 0, 6);
  private static final long TRIPLE = spelling("triple", 0, 6);
  private static final String SEPARATORS = " \t\u00a0\u3000-‐–—－,，、.·/()（）+＋";
  private static final int MAX_GAP = 3;

  /** The shortest number redaction looks at (a local phone number). */
  static final int MIN_RUN = 7;

  private DigitRuns() {}

  /** The runs of a text, skipping the characters marked in {@code blocked} (already redacted). */
  static List<List<Digit>> find(String text, boolean[] blocked) {
    List<List<Digit>> runs = new ArrayList<>();
    List<Digit> run = new ArrayList<>();
    int gap = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (blocked[i]) {
        run = close(run, runs);
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      int f = CharFolding.fold(cp);
      if (f >= 0 && ChineseNumbers.isDigit(f)) {
        run.add(new Digit((char) ('0' + ChineseNumbers.value(f)), i, i + len));
        gap = 0;
        i += len;
      } else if (f == '叉' && run.size() >= 17) {
        run.add(new Digit('X', i, i + len));
        i += len;
      } else if (isAsciiLetter(cp)) {
        int end = letters(text, i);
        // Number words are at most six letters long and start with one of few letters.
        int consumed =
            end - i > LONGEST || "zotfsendxZOTFSENDX".indexOf(text.charAt(i)) < 0
                ? -1
                : word(text, i, end, run);
        if (consumed < 0) {
          run = close(run, runs);
          i = end;
        } else {
          gap = 0;
          i = consumed;
        }
      } else if (!run.isEmpty() && gap < MAX_GAP && SEPARATORS.indexOf(cp) >= 0) {
        gap++;
        i += len;
      } else {
        run = close(run, runs);
        gap = 0;
        i += len;
      }
    }
    close(run, runs);
    return runs;
  }

  /** Adds a spoken number word's digits to the run; returns where reading goes on, or -1. */
  private static int word(String text, int start, int end, List<Digit> run) {
    long word = spelling(text, start, end);
    int d = digitWord(word);
    if (d >= 0) {
      run.add(new Digit((char) ('0' + d), start, end));
      return end;
    }
    if (isOh(word) && (!run.isEmpty() || nextDigitWord(text, end) >= 0)) {
      run.add(new Digit('0', start, end));
      return end;
    }
    if ((word == X || word == EX) && run.size() >= 17) {
      run.add(new Digit('X', start, end));
      return end;
    }
    int times = word == DOUBLE ? 2 : word == TRIPLE ? 3 : 0;
    if (times > 0) {
      int next = skipSpaces(text, end);
      int nextEnd = letters(text, next);
      long repeated = spelling(text, next, nextEnd);
      // "double oh" is as common as "double zero".
      int digit = isOh(repeated) ? 0 : digitWord(repeated);
      if (digit < 0 && next < text.length() && Character.isDigit(text.charAt(next))) {
        digit = text.charAt(next) - '0';
        nextEnd = next + 1;
      }
      if (digit >= 0) {
        for (int t = 0; t < times; t++) {
          run.add(new Digit((char) ('0' + digit), start, nextEnd));
        }
        return nextEnd;
      }
    }
    return -1;
  }

  /**
   * The ASCII letters between {@code start} and {@code end}, lower-cased and packed one per byte
   * into a long, so a word is compared with the few number words without being copied; 0 for more
   * than {@link #LONGEST} letters, which no number word has.
   */
  private static long spelling(CharSequence text, int start, int end) {
    if (end - start > LONGEST) {
      return 0;
    }
    long packed = 0;
    for (int i = start; i < end; i++) {
      packed = packed << 8 | (text.charAt(i) | 0x20);
    }
    return packed;
  }

  /** The digit a spoken number word names, or -1. */
  private static int digitWord(long word) {
    for (int d = 0; d < DIGIT_WORDS.length; d++) {
      if (DIGIT_WORDS[d] == word) {
        return d;
      }
    }
    return -1;
  }

  /** "oh" or "o", zero as people say it in a number. */
  private static boolean isOh(long word) {
    return word == OH || word == O;
  }

  private static int nextDigitWord(String text, int from) {
    int next = skipSpaces(text, from);
    return digitWord(spelling(text, next, letters(text, next)));
  }

  /** The end of the ASCII letters from {@code from}. */
  private static int letters(String text, int from) {
    int end = from;
    while (end < text.length() && isAsciiLetter(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The first index from {@code from} that is not white space. */
  static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Keeps a finished run long enough to be a number worth redacting (7+); reuses the list. */
  private static List<Digit> close(List<Digit> run, List<List<Digit>> runs) {
    if (run.isEmpty()) {
      return run;
    }
    if (run.size() < MIN_RUN) {
      run.clear();
      return run;
    }
    runs.add(run);
    return new ArrayList<>();
  }
}
