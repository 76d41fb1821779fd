package io.callsight.quality.redact;

import io.callsight.quality.text.CharFolding;
import io.callsight.quality.text.ChineseNumbers;
import io.callsight.quality.text.EnglishNumbers;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds runs of digits in a text however they were said: digits (half- or full-width), Chinese
 * number words (一三八, 幺, 两), English number words ("one three eight", "oh", "double five"), mixed,
 * and with the spaces, dashes and commas people and recognisers put between groups.
 */
final class DigitRuns {
  /** One digit ('0'–'9', or 'X' for the last character of an ID card) and where it was said. */
  record Digit(char value, int start, int end) {}

  /** An ID card's last character said in English. */
  private static final List<String> X_SAYINGS = List.of("x", "ex");

  /**
   * Words a recogniser writes for a digit said among digits ("one for eight", "oh one to three"):
   * "for" is 4 and "to" and "too" are 2 between two digits, and nowhere else.
   */
  private static final long[] HOMOPHONES = PackedWord.of(List.of("for", "to", "too"));

  private static final char[] HOMOPHONE_DIGITS = {'4', '2', '2'};

  /**
   * Characters a recogniser writes for a Chinese digit of the same sound (是 for 四, 吧 for 八, 就 for
   * 九): read as that digit between two digits written in words, and nowhere else.
   */
  private static final String HAN_HOMOPHONES = "衣医儿而山是我无溜期起其吧就酒";

  private static final String HAN_HOMOPHONE_DIGITS = "112234556777899";

  /** The letter X as Chinese writes its sound, when a recogniser writes it as said. */
  private static final List<String> HAN_X_SAYINGS = List.of("艾克斯", "爱克斯", "埃克斯");

  /** "twenty" to "ninety". */
  private static final List<String> TENS =
      EnglishNumbers.TENS.stream().filter(w -> !w.isEmpty()).toList();

  /** Every English word a run may hold. */
  private static final List<String> NUMBER_WORDS =
      Stream.of(
              EnglishNumbers.DIGIT_WORDS,
              EnglishNumbers.ZERO_SAYINGS,
              EnglishNumbers.REPEATS,
              X_SAYINGS,
              EnglishNumbers.TEENS,
              TENS)
          .flatMap(Collection::stream)
          .toList();

  /** The longest of {@link #NUMBER_WORDS}; longer words are passed over unread. */
  private static final int LONGEST = NUMBER_WORDS.stream().mapToInt(String::length).max().orElse(0);

  /** The letters {@link #NUMBER_WORDS} begin with, either case; other words are passed over. */
  private static final String FIRST_LETTERS =
      NUMBER_WORDS.stream()
          .map(w -> w.substring(0, 1))
          .distinct()
          .map(c -> c + c.toUpperCase(Locale.ROOT))
          .collect(Collectors.joining());

  private static final long[] DIGIT_WORDS = PackedWord.of(EnglishNumbers.DIGIT_WORDS);
  private static final long[] ZERO_SAYINGS = PackedWord.of(EnglishNumbers.ZERO_SAYINGS);
  private static final long[] X_WORDS = PackedWord.of(X_SAYINGS);
  private static final long[] REPEAT_WORDS = PackedWord.of(EnglishNumbers.REPEATS);
  private static final long[] TEEN_WORDS = PackedWord.of(EnglishNumbers.TEENS);
  private static final long[] TENS_WORDS = PackedWord.of(TENS);
  private static final String SEPARATORS = " \t\u00a0\u3000-‐–—－,，、.。…·/()（）+＋";

  /**
   * What people say between a number's groups without ending it: a hesitation (um, uh, 嗯, 呃) or the
   * separator's name ("one two three dash four five").
   */
  static final List<String> PAUSE_WORDS =
      List.of("um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm", "mm", "dash", "hyphen");

  private static final long[] PAUSES = PackedWord.of(PAUSE_WORDS);

  /**
   * "then", said between a number's groups ("four one five, then five five five"). Not a pause for
   * a code or a date, where it joins two numbers ("born in 1985, then …").
   */
  private static final long[] THEN = PackedWord.of(List.of("then"));

  /** The Chinese hesitations: 嗯, 呃, 额, 啊, 唔. */
  static final String HAN_PAUSES = "嗯呃额啊唔";

  private static final int MAX_GAP = 3;

  /** The shortest number redaction looks at (a local phone number). */
  static final int MIN_RUN = 7;

  private DigitRuns() {}

  /** The runs of a text, skipping the characters marked in {@code blocked} (already redacted). */
  static List<List<Digit>> find(String text, boolean[] blocked) {
    return find(text, blocked, null);
  }

  /**
   * As {@link #find(String, boolean[])}, and marks in {@code cueStarts} (when given) where a word
   * that asks for a number may begin ({@link CuedNumbers#mayBegin}): this pass reads every word and
   * character anyway, so the cues cost no pass of their own.
   */
  static List<List<Digit>> find(String text, boolean[] blocked, BitSet cueStarts) {
    return find(text, blocked, cueStarts, MIN_RUN);
  }

  /**
   * As {@link #find(String, boolean[], BitSet)}, keeping runs of {@code shortest} digits or more.
   */
  static List<List<Digit>> find(String text, boolean[] blocked, BitSet cueStarts, int shortest) {
    List<List<Digit>> runs = new ArrayList<>();
    List<Digit> run = new ArrayList<>();
    int gap = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (blocked[i]) {
        run = close(run, runs, shortest);
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
      } else if (gap == 0
          && !run.isEmpty()
          && HAN_HOMOPHONES.indexOf(cp) >= 0
          && hanDigitAt(text, i - 1)
          && hanDigitAt(text, skipSpaces(text, i + len))) {
        run.add(new Digit(HAN_HOMOPHONE_DIGITS.charAt(HAN_HOMOPHONES.indexOf(cp)), i, i + len));
        i += len;
      } else if (f == '个' && gap == 0 && !run.isEmpty() && repeatsADigit(text, i, run)) {
        i = repeatDigit(text, i, run);
      } else if (run.size() >= 17 && (f == '叉' || hanX(text, i) > i)) {
        int end = f == '叉' ? i + len : hanX(text, i);
        run.add(new Digit('X', i, end));
        i = end;
      } else if (isAsciiLetter(cp)) {
        int end = letters(text, i);
        if (cueStarts != null && CuedNumbers.mayBegin(text, i)) {
          cueStarts.set(i);
        }
        if (!run.isEmpty() && (isPauseWord(text, i, end) || PackedWord.isIn(THEN, text, i, end))) {
          gap = 0; // "one three eight, um, one two …": the number goes on
          i = end;
          continue;
        }
        // Number words are short and start with one of few letters.
        int consumed =
            end - i > LONGEST || FIRST_LETTERS.indexOf(text.charAt(i)) < 0
                ? -1
                : word(text, i, end, run);
        if (consumed < 0) {
          run = close(run, runs, shortest);
          i = end;
        } else {
          gap = 0;
          i = consumed;
        }
      } else if (!run.isEmpty() && HAN_PAUSES.indexOf(cp) >= 0) {
        gap = 0;
        i += len;
      } else if (!run.isEmpty() && gap < MAX_GAP && SEPARATORS.indexOf(cp) >= 0) {
        // an ellipsis, a pause written as dots ("four one five... five five five"), is one mark
        gap += isDot(cp) && i > 0 && isDot(text.charAt(i - 1)) ? 0 : 1;
        i += len;
      } else {
        if (cueStarts != null && cp >= 128 && cp < 0x10000 && CuedNumbers.mayBegin(text, i)) {
          cueStarts.set(i);
        }
        run = close(run, runs, shortest);
        gap = 0;
        i += len;
      }
    }
    close(run, runs, shortest);
    return runs;
  }

  /**
   * Where the letter X as Chinese writes its sound (艾克斯) ends, if it is said at {@code i}; else -1.
   */
  static int hanX(String text, int i) {
    for (String x : HAN_X_SAYINGS) {
      if (text.startsWith(x, i)) {
        return i + x.length();
      }
    }
    return -1;
  }

  /**
   * Whether a Chinese digit word is written at {@code i}: a recogniser's digits, among which it may
   * write a homophone. Typed digits have none.
   */
  private static boolean hanDigitAt(String text, int i) {
    return i >= 0 && i < text.length() && text.charAt(i) >= 128 && isDigit(text.charAt(i));
  }

  /** Whether a character, folded as texts are, is a digit or a Chinese digit word. */
  static boolean isDigit(char c) {
    int f = CharFolding.fold(c);
    return f >= 0 && ChineseNumbers.isDigit(f);
  }

  /** Adds a spoken number word's digits to the run; returns where reading goes on, or -1. */
  private static int word(String text, int start, int end, List<Digit> run) {
    long word = PackedWord.of(text, start, end);
    int d = PackedWord.indexIn(DIGIT_WORDS, word);
    if (d >= 0) {
      run.add(new Digit((char) ('0' + d), start, end));
      return d == 8 ? tollFree(text, end, run) : end;
    }
    // Americans say a number's last four in pairs: "twelve thirty four", "fifty three oh nine".
    int teen = PackedWord.indexIn(TEEN_WORDS, word);
    if (teen >= 0) {
      run.add(new Digit('1', start, end));
      run.add(new Digit((char) ('0' + teen), start, end));
      return end;
    }
    int tens = PackedWord.indexIn(TENS_WORDS, word);
    if (tens >= 0) {
      run.add(new Digit((char) ('2' + tens), start, end));
      int next = end < text.length() && text.charAt(end) == '-' ? end + 1 : skipSpaces(text, end);
      int nextEnd = letters(text, next);
      int unit = PackedWord.indexIn(DIGIT_WORDS, PackedWord.of(text, next, nextEnd));
      if (unit > 0) {
        run.add(new Digit((char) ('0' + unit), next, nextEnd));
        return nextEnd;
      }
      run.add(new Digit('0', start, end));
      return end;
    }
    int homophone = run.isEmpty() ? -1 : PackedWord.indexIn(HOMOPHONES, word);
    if (homophone >= 0 && nextDigitWord(text, end) >= 0) {
      run.add(new Digit(HOMOPHONE_DIGITS[homophone], start, end));
      return end;
    }
    if (PackedWord.indexIn(ZERO_SAYINGS, word) >= 0
        && (!run.isEmpty() || nextDigitWord(text, end) >= 0)) {
      run.add(new Digit('0', start, end));
      return end;
    }
    if (PackedWord.indexIn(X_WORDS, word) >= 0 && run.size() >= 17) {
      run.add(new Digit('X', start, end));
      return end;
    }
    int repeat = PackedWord.indexIn(REPEAT_WORDS, word);
    if (repeat >= 0) {
      int times = EnglishNumbers.repeats(EnglishNumbers.REPEATS.get(repeat));
      int next = skipSpaces(text, end);
      int nextEnd = letters(text, next);
      long repeated = PackedWord.of(text, next, nextEnd);
      // "double oh" is as common as "double zero".
      int digit =
          PackedWord.indexIn(ZERO_SAYINGS, repeated) >= 0
              ? 0
              : PackedWord.indexIn(DIGIT_WORDS, repeated);
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
   * After "eight" at the start of a number (or after its "one"), reads "hundred" as the 00 of a
   * toll-free number when a digit follows: "one eight hundred five five five …" is 1-800-555-….
   * Returns where reading goes on.
   */
  private static int tollFree(String text, int end, List<Digit> run) {
    if (run.size() > 2 || run.size() == 2 && run.get(0).value() != '1') {
      return end;
    }
    int next = skipSpaces(text, end);
    int nextEnd = letters(text, next);
    if (!PackedWord.isIn(HUNDRED, text, next, nextEnd) || nextDigitWord(text, nextEnd) < 0) {
      return end;
    }
    run.add(new Digit('0', next, nextEnd));
    run.add(new Digit('0', next, nextEnd));
    return nextEnd;
  }

  private static final long[] HUNDRED = PackedWord.of(List.of("hundred"));

  /**
   * Whether 个 at {@code at} is read as in 一三九八个八 ({@link ChineseNumbers#repeatCount}): the run's
   * last digit is the count. Only inside a number (digits before the count or after the digit it
   * repeats), so 买了两个一样的 stays 2 and 1.
   */
  private static boolean repeatsADigit(String text, int at, List<Digit> run) {
    if (run.get(run.size() - 1).end() != at || ChineseNumbers.repeatCount(text, at) == 0) {
      return false;
    }
    int after = at + 2 < text.length() ? CharFolding.fold(text.charAt(at + 2)) : -1;
    return run.size() > 1 || ChineseNumbers.isDigit(after) || continuesWithADigit(text, at + 2);
  }

  /**
   * Replaces the count before 个 with that many of the digit after it; returns where reading goes
   * on.
   */
  private static int repeatDigit(String text, int at, List<Digit> run) {
    Digit count = run.remove(run.size() - 1);
    char value = (char) ('0' + ChineseNumbers.value(CharFolding.fold(text.charAt(at + 1))));
    for (int t = 0; t < count.value() - '0'; t++) {
      run.add(new Digit(value, count.start(), at + 2));
    }
    return at + 2;
  }

  /** Whether a digit follows {@code from} after separators only ("八个八 五六"). */
  private static boolean continuesWithADigit(String text, int from) {
    int i = from;
    while (i < text.length() && i - from < MAX_GAP && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i > from
        && i < text.length()
        && ChineseNumbers.isDigit(CharFolding.fold(text.charAt(i)));
  }

  /**
   * Whether the letters between {@code start} and {@code end} say a digit ("four") or a pair of
   * digits ("twelve", "thirty"), either case; "oh" and "double" are too often something else.
   */
  static boolean isNumberWord(String text, int start, int end) {
    return PackedWord.isIn(DIGIT_WORDS, text, start, end)
        || PackedWord.isIn(TEEN_WORDS, text, start, end)
        || PackedWord.isIn(TENS_WORDS, text, start, end);
  }

  /** Whether the letters between {@code start} and {@code end} are a {@link #PAUSE_WORDS} word. */
  static boolean isPauseWord(String text, int start, int end) {
    return PackedWord.isIn(PAUSES, text, start, end);
  }

  private static boolean isDot(int c) {
    return c == '.' || c == '。';
  }

  /** Whether the letters are "oh" or "o": a zero inside a number only. */
  static boolean isZeroWord(String text, int start, int end) {
    return PackedWord.isIn(ZERO_SAYINGS, text, start, end);
  }

  /** Whether the letters are "double" or "triple": a digit's repeat before one. */
  static boolean isRepeatWord(String text, int start, int end) {
    return PackedWord.isIn(REPEAT_WORDS, text, start, end);
  }

  private static int nextDigitWord(String text, int from) {
    int next = skipSpaces(text, from);
    return PackedWord.indexIn(DIGIT_WORDS, PackedWord.of(text, next, letters(text, next)));
  }

  /** The digits of a run said between {@code start} and {@code end}. */
  static String digitsWithin(List<Digit> run, int start, int end) {
    StringBuilder digits = new StringBuilder(run.size());
    for (Digit d : run) {
      if (d.start() >= start && d.end() <= end) {
        digits.append(d.value());
      }
    }
    return digits.toString();
  }

  /** The end of the ASCII letters from {@code from}. */
  static int letters(String text, int from) {
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

  static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Keeps a finished run of {@code shortest} digits or more; reuses the list. */
  private static List<Digit> close(List<Digit> run, List<List<Digit>> runs, int shortest) {
    if (run.isEmpty()) {
      return run;
    }
    if (run.size() < shortest) {
      run.clear();
      return run;
    }
    runs.add(run);
    return new ArrayList<>();
  }
}
