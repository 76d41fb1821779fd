package io.callsight.quality.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words spoken English uses for numbers: the ten digit words, teens and tens, "oh" for zero,
 * and "double"/"triple" before a digit. Matching ({@link EnglishWords}) and redaction read numbers
 * with these same words, each in the shape it needs.
 */
public final class EnglishNumbers {
  /** "zero" to "nine", by value. */
  public static final List<String> DIGIT_WORDS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  /** Zero as people say it inside a number ("double oh seven", "one three eight oh"). */
  public static final List<String> ZERO_SAYINGS = List.of("oh", "o");

  /** Words that say the next digit more than once: twice, three times ({@link #repeats}). */
  public static final List<String> REPEATS = List.of("double", "triple");

  /** "ten" to "nineteen", by value less ten. */
  public static final List<String> TEENS =
      List.of(
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");

  /** "twenty" to "ninety" at their tens' index (empty at 0 and 1). */
  public static final List<String> TENS =
      List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  private static final Map<String, String> DIGITS = new HashMap<>();

  /** The letters the words of {@link #DIGITS} begin with: most words need no lookup. */
  private static final String FIRST_LETTERS;

  static {
    for (int u = 0; u < DIGIT_WORDS.size(); u++) {
      DIGITS.put(DIGIT_WORDS.get(u), Integer.toString(u));
    }
    for (int t = 0; t < TEENS.size(); t++) {
      DIGITS.put(TEENS.get(t), Integer.toString(10 + t));
    }
    for (int d = 2; d < TENS.size(); d++) {
      DIGITS.put(TENS.get(d), Integer.toString(d * 10));
    }
    FIRST_LETTERS =
        DIGITS.keySet().stream()
            .map(w -> w.substring(0, 1))
            .distinct()
            .collect(java.util.stream.Collectors.joining());
  }

  private EnglishNumbers() {}

  /** The digits a lower-case word stands for ("seven" → 7, "twenty" → 20, "42" → 42), or null. */
  public static String digitsOf(String word) {
    if (word.isEmpty() || word.length() > 9) {
      return null;
    }
    char c = word.charAt(0);
    return c >= '0' && c <= '9'
        ? (isDigits(word) ? word : null)
        : FIRST_LETTERS.indexOf(c) < 0 ? null : DIGITS.get(word);
  }

  /** The value of one digit, said ("seven", "oh") or written ("7"); -1 for other words. */
  public static int digitOf(String word) {
    if (word.length() == 1 && word.charAt(0) >= '0' && word.charAt(0) <= '9') {
      return word.charAt(0) - '0';
    }
    int d = DIGIT_WORDS.indexOf(word);
    return d >= 0 || !ZERO_SAYINGS.contains(word) ? d : 0;
  }

  /** The tens a word names ("twenty" → 2), or -1. */
  public static int tensOf(String word) {
    int t = TENS.indexOf(word);
    return t >= 2 ? t : -1;
  }

  /** How many times a word ("double", "triple") says the next digit; 0 for other words. */
  public static int repeats(String word) {
    int i = REPEATS.indexOf(word);
    return i < 0 ? 0 : i + 2;
  }

  static boolean isDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) < '0' || w.charAt(i) > '9') {
        return false;
      }
    }
    return !w.isEmpty();
  }
}
