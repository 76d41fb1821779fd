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

  /** Words that say the next digit more than once, with how many times. */
  public static final Map<String, Integer> REPEATS = Map.of("double", 2, "triple", 3);

  private static final String[] REPEAT_WORDS = REPEATS.keySet().toArray(String[]::new);
  private static final int[] REPEAT_TIMES =
      java.util.Arrays.stream(REPEAT_WORDS).mapToInt(REPEATS::get).toArray();

  private static final List<String> TEENS =
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

  private static final List<String> TENS =
      List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  private static final Map<String, String> DIGITS = new HashMap<>();

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
  }

  private EnglishNumbers() {}

  /** The digits a lower-case word stands for ("seven" → 7, "twenty" → 20, "42" → 42), or null. */
  public static String digitsOf(String word) {
    if (word.isEmpty() || word.length() > 9) {
      return null;
    }
    char c = word.charAt(0);
    // Only these letters begin a number word; most words need no lookup.
    return c >= '0' && c <= '9'
        ? (isDigits(word) ? word : null)
        : "zotfsen".indexOf(c) < 0 ? null : DIGITS.get(word);
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
    // Called for every word: two String.equals turn most words away sooner than a map lookup.
    for (int i = 0; i < REPEAT_WORDS.length; i++) {
      if (REPEAT_WORDS[i].equals(word)) {
        return REPEAT_TIMES[i];
      }
    }
    return 0;
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
