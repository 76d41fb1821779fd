package io.callsight.quality.redact;

import io.callsight.quality.text.CharFolding;
import io.callsight.quality.text.ChineseNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds runs of digits in a text however they were said: digits (half- or full-width), Chinese
 * number words (一三八, 幺, 两), English number words ("one three eight", "oh", "double five"), mixed,
 * and with the spaces, dashes and commas people and recognisers put between groups.
 */
final class DigitRuns {
  /** One digit ('0'–'9', or 'X' for the last character of an ID card) and where it was said. */
  record Digit(char value, int start, int end) {}

  private static final List<String> WORDS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  private static final java.util.Map<String, Integer> DIGIT_OF = new java.util.HashMap<>();

  static {
    for (int d = 0; d < WORDS.size(); d++) {
      DIGIT_OF.put(WORDS.get(d), d);
    }
  }

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
        int end = i;
        while (end < n && isAsciiLetter(text.charAt(end))) {
          end++;
        }
        // Number words are at most six letters long and start with one of few letters.
        int consumed =
            end - i > 6 || "zotfsendxZOTFSENDX".indexOf(text.charAt(i)) < 0
                ? -1
                : word(text.substring(i, end).toLowerCase(Locale.ROOT), text, i, end, run);
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
  private static int word(String word, String text, int start, int end, List<Digit> run) {
    int d = DIGIT_OF.getOrDefault(word, -1);
    if (d >= 0) {
      run.add(new Digit((char) ('0' + d), start, end));
      return end;
    }
    if (isOh(word) && (!run.isEmpty() || nextDigitWord(text, end) >= 0)) {
      run.add(new Digit('0', start, end));
      return end;
    }
    if ((word.equals("x") || word.equals("ex")) && run.size() >= 17) {
      run.add(new Digit('X', start, end));
      return end;
    }
    int times = word.equals("double") ? 2 : word.equals("triple") ? 3 : 0;
    if (times > 0) {
      int next = skipSpaces(text, end);
      int nextEnd = next;
      while (nextEnd < text.length() && isAsciiLetter(text.charAt(nextEnd))) {
        nextEnd++;
      }
      String repeated = text.substring(next, nextEnd).toLowerCase(Locale.ROOT);
      // "double oh" is as common as "double zero".
      int digit = isOh(repeated) ? 0 : WORDS.indexOf(repeated);
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

  /** "oh" or "o", zero as people say it in a number. */
  private static boolean isOh(String word) {
    return word.equals("oh") || word.equals("o");
  }

  private static int nextDigitWord(String text, int from) {
    int next = skipSpaces(text, from);
    int end = next;
    while (end < text.length() && isAsciiLetter(text.charAt(end))) {
      end++;
    }
    return WORDS.indexOf(text.substring(next, end).toLowerCase(Locale.ROOT));
  }

  private static int skipSpaces(String text, int from) {
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
