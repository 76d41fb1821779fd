package io.callsight.quality.text;

import com.ibm.icu.lang.UCharacter;

/**
 * Chinese number words as digits: 一三八 → 138 (read digit by digit, as phone and ID numbers are
 * spoken), 二十四 → 24 (with 十百千万), 幺 and 两 as spoken. Values come from ICU's numeric property; only
 * which characters count as number words is decided here.
 */
public final class ChineseNumbers {
  /** The characters that spoken Chinese uses for numbers (not the accounting forms 壹贰叁…). */
  private static final String NUMERALS = "〇零一二三四五六七八九幺两十百千万";

  /** Numeric value by BMP code point (ICU's), -1 for characters that are no number word. */
  private static final int[] VALUES = new int[0x10000];

  static {
    java.util.Arrays.fill(VALUES, -1);
    for (char c = '0'; c <= '9'; c++) {
      VALUES[c] = c - '0';
    }
    for (char c : NUMERALS.toCharArray()) {
      VALUES[c] = UCharacter.getNumericValue(c);
    }
  }

  private ChineseNumbers() {}

  /** Whether a (folded) character is an ASCII digit or a Chinese number word. */
  public static boolean isNumeral(int cp) {
    return cp >= 0 && cp < 0x10000 && VALUES[cp] >= 0;
  }

  /** Whether a (folded) character is a digit, not a unit such as 十 or 万. */
  public static boolean isDigit(int cp) {
    return isNumeral(cp) && VALUES[cp] < 10;
  }

  /**
   * The count of 三个八 ("three eights"), as callers say a run of one digit: when 个 at {@code at}
   * stands between a count of two to nine and the digit it repeats, both said in words, and no unit
   * follows (三个一百 is three hundreds); else 0. 6个80的 counts 80s.
   */
  public static int repeatCount(CharSequence text, int at) {
    if (at < 1 || at + 1 >= text.length() || CharFolding.fold(text.charAt(at)) != '个') {
      return 0;
    }
    int count = spokenDigit(text.charAt(at - 1));
    if (count < 2 || spokenDigit(text.charAt(at + 1)) < 0) {
      return 0;
    }
    int after = at + 2 < text.length() ? CharFolding.fold(text.charAt(at + 2)) : -1;
    return value(after) >= 10 ? 0 : count;
  }

  /** The value of a digit said in words (八, 幺, 两, 捌), -1 for others and for digits written. */
  private static int spokenDigit(char c) {
    int f = CharFolding.fold(c);
    return f >= 128 && isDigit(f) ? value(f) : -1;
  }

  /** The value of a numeral character (十 = 10, 万 = 10000); -1 for others. */
  public static int value(int cp) {
    return cp >= 0 && cp < 0x10000 ? VALUES[cp] : -1;
  }

  /** A run of numeral characters as a digit string. */
  public static String toDigits(CharSequence run) {
    boolean units = false;
    for (int i = 0; i < run.length(); i++) {
      if (value(run.charAt(i)) >= 10) {
        units = true;
        break;
      }
    }
    if (!units || run.length() > 18) {
      StringBuilder digits = new StringBuilder(run.length());
      for (int i = 0; i < run.length(); i++) {
        int v = value(run.charAt(i));
        if (v < 10) {
          digits.append((char) ('0' + v));
        }
      }
      return digits.toString();
    }
    long total = 0;
    long section = 0;
    long number = 0;
    boolean sawDigit = false;
    for (int i = 0; i < run.length(); i++) {
      int v = value(run.charAt(i));
      if (v < 10) {
        number = sawDigit ? number * 10 + v : v;
        sawDigit = true;
      } else if (v < 10_000) {
        section += (sawDigit ? number : 1) * v;
        number = 0;
        sawDigit = false;
      } else {
        total += (section + number == 0 ? 1 : section + number) * v;
        section = 0;
        number = 0;
        sawDigit = false;
      }
    }
    return Long.toString(total + section + number);
  }
}
