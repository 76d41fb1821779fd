package io.callsight.quality.redact;

import io.callsight.quality.text.CharFolding;
import io.callsight.quality.text.ChineseNumbers;
import io.callsight.quality.text.EnglishNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The value of a security code or a date of birth as said, so that the same one said another way is
 * known. A code's value is its digits: "four three two one", 4321 and 四三二一 are 4321, "twelve thirty
 * four" 1234, "double five" 55. A date's is its numbers by size, a two-digit year read as 19xx:
 * "the seventh of March nineteen eighty five", "March 7th 1985", 03/07/1985 and 八五年三月七号 are all
 * 3,7,1985. A date said with fewer than two numbers has none: a year said again is no date of
 * birth.
 */
final class NumberValues {
  private NumberValues() {}

  /**
   * The value of the code or date in {@code text} from {@code start} to {@code end}; "" if none.
   */
  static String of(PiiKind kind, String text, int start, int end) {
    return kind == PiiKind.BIRTH_DATE ? dateOf(text, start, end) : codeOf(text, start, end);
  }

  static String codeOf(String text, int start, int end) {
    StringBuilder digits = new StringBuilder();
    int tens = -1; // "thirty" waits for a digit to make 34
    int times = 1; // "double" says the next digit twice
    for (int i = start; i < end; ) {
      char c = text.charAt(i);
      if (!CuedNumbers.isWordChar(c)) {
        i++;
        continue;
      }
      int repeats = ChineseNumbers.repeatCount(text, i);
      if (repeats > 0 && !digits.isEmpty()) {
        // 三个八: the count, already read as a digit, becomes the first of the repeated digits
        int digit = ChineseNumbers.value(CharFolding.fold(text.charAt(i + 1)));
        digits.setLength(digits.length() - 1);
        digits.append(String.valueOf(digit).repeat(repeats - 1));
        i++;
        continue;
      }
      int tokenEnd = CuedNumbers.tokenEnd(text, i);
      String token = text.substring(i, tokenEnd).toLowerCase(Locale.ROOT);
      i = tokenEnd;
      if (Character.isDigit(c)) {
        token
            .chars()
            .filter(Character::isDigit)
            .forEach(d -> digits.append(Character.digit(d, 10)));
        continue;
      }
      if (c >= 128) {
        if (ChineseNumbers.isDigit(c)) {
          digits.append(ChineseNumbers.value(c));
        }
        continue;
      }
      int digit = EnglishNumbers.digitOf(token);
      if (digit > 0 && tens > 0) {
        digits.append(tens).append(digit);
        tens = -1;
        continue;
      }
      if (tens > 0) {
        digits.append(tens).append('0');
        tens = -1;
      }
      if (digit >= 0) {
        digits.append(String.valueOf(digit).repeat(times));
        times = 1;
      } else if (EnglishNumbers.repeats(token) > 0) {
        times = EnglishNumbers.repeats(token);
      } else if (EnglishNumbers.tensOf(token) > 0) {
        tens = EnglishNumbers.tensOf(token);
      } else if (EnglishNumbers.digitsOf(token) != null) {
        digits.append(EnglishNumbers.digitsOf(token)); // a teen
      }
    }
    if (tens > 0) {
      digits.append(tens).append('0');
    }
    return digits.toString();
  }

  static String dateOf(String text, int start, int end) {
    List<Integer> numbers = new ArrayList<>();
    List<Integer> spoken = new ArrayList<>(); // English number words in a row
    StringBuilder han = new StringBuilder(); // Chinese numerals in a row
    for (int i = start; i < end; ) {
      char c = text.charAt(i);
      if (!CuedNumbers.isWordChar(c)) {
        if (!Character.isWhitespace(c) && c != '-') {
          addSpoken(spoken, numbers); // "May nineteen, nineteen ninety"
        }
        i++;
        continue;
      }
      int tokenEnd = CuedNumbers.tokenEnd(text, i);
      String token = text.substring(i, tokenEnd).toLowerCase(Locale.ROOT);
      i = tokenEnd;
      if (c >= 128 && ChineseNumbers.isNumeral(c)) {
        han.append(c);
        continue;
      }
      addHan(han, numbers);
      if (Character.isDigit(c)) {
        addSpoken(spoken, numbers);
        addWritten(token, numbers);
        continue;
      }
      int month = CuedNumbers.monthOf(token);
      int ordinal = CuedNumbers.ordinalOf(token);
      if (month > 0) {
        addSpoken(spoken, numbers);
        numbers.add(month);
      } else if (ordinal > 0) {
        // An ordinal ends its number: "twenty first", but "twenty nineteen the thirtieth"
        if (ordinal >= 10 || spoken.isEmpty() || !isTens(spoken.get(spoken.size() - 1))) {
          addSpoken(spoken, numbers);
        }
        spoken.add(ordinal);
        addSpoken(spoken, numbers);
      } else if (token.equals("hundred") || token.equals("thousand")) {
        spoken.add(token.equals("hundred") ? 100 : 1000);
      } else if (EnglishNumbers.digitOf(token) >= 0) {
        spoken.add(EnglishNumbers.digitOf(token)); // "oh" too
      } else if (EnglishNumbers.digitsOf(token) != null) {
        spoken.add(Integer.parseInt(EnglishNumbers.digitsOf(token)));
      }
    }
    addHan(han, numbers);
    addSpoken(spoken, numbers);
    if (numbers.size() < 2) {
      return "";
    }
    return numbers.stream()
        .map(n -> n > 31 && n < 100 ? 1900 + n : n)
        .sorted()
        .map(String::valueOf)
        .collect(Collectors.joining(","));
  }

  /** Whether a date's value ({@link #dateOf}) holds a year: its largest number is 1900 or more. */
  static boolean hasYear(String date) {
    int last = date.lastIndexOf(',');
    return last >= 0 && date.length() - last - 1 == 4;
  }

  /** 一九八五 as 1985, 二十一 as 21. */
  private static void addHan(StringBuilder han, List<Integer> numbers) {
    if (han.length() > 0) {
      String digits = ChineseNumbers.toDigits(han);
      if (!digits.isEmpty() && digits.length() <= 8) {
        numbers.add(Integer.parseInt(digits));
      }
      han.setLength(0);
    }
  }

  /** 03/07/1985, 1985-03-07, 19850307, 7th. */
  private static void addWritten(String token, List<Integer> numbers) {
    if (token.chars().allMatch(Character::isDigit) && token.length() == 8) {
      boolean yearFirst = token.startsWith("19") || token.startsWith("20");
      int[] cuts = yearFirst ? new int[] {0, 4, 6, 8} : new int[] {0, 2, 4, 8};
      for (int k = 0; k < 3; k++) {
        numbers.add(Integer.parseInt(token.substring(cuts[k], cuts[k + 1])));
      }
      return;
    }
    for (String piece : token.split("[/.-]")) {
      String digits = piece.replaceAll("[^0-9]", "");
      if (!digits.isEmpty() && digits.length() <= 8) {
        numbers.add(Integer.parseInt(digits));
      }
    }
  }

  /**
   * English number words said in a row as the numbers they make: tens and a digit one number
   * ("eighty five"), hundreds and thousands what follows adds to ("two thousand and one"), and a
   * year said in two halves at the end ("May nineteen, nineteen eighty five", "nineteen oh five",
   * "twenty nineteen") one.
   */
  private static void addSpoken(List<Integer> spoken, List<Integer> numbers) {
    if (spoken.isEmpty()) {
      return;
    }
    List<Integer> made = new ArrayList<>();
    boolean adding = false; // the last number was multiplied by a hundred or a thousand
    for (int k = 0; k < spoken.size(); k++) {
      int v = spoken.get(k);
      int last = made.isEmpty() ? -1 : made.get(made.size() - 1);
      // "thirty two thousand" in a date is the 30th and 2000: the digit goes with the thousand
      boolean multiplied = k + 1 < spoken.size() && spoken.get(k + 1) >= 100;
      if ((v == 100 || v == 1000) && last > 0) {
        made.set(made.size() - 1, last * v);
        adding = true;
      } else if (adding && v < 100) {
        made.set(made.size() - 1, last + v);
      } else if (isTens(last) && v > 0 && v < 10 && !multiplied) {
        made.set(made.size() - 1, last + v);
      } else {
        made.add(v);
        adding = false;
      }
    }
    int n = made.size();
    if (n >= 3 && isCentury(made.get(n - 3)) && made.get(n - 2) == 0 && made.get(n - 1) < 10) {
      made.set(n - 3, made.get(n - 3) * 100 + made.get(n - 1)); // "nineteen oh five"
      made.subList(n - 2, n).clear();
    } else if (n >= 2 && isCentury(made.get(n - 2)) && made.get(n - 1) < 100) {
      made.set(n - 2, made.get(n - 2) * 100 + made.get(n - 1));
      made.remove(n - 1);
    }
    numbers.addAll(made);
    spoken.clear();
  }

  private static boolean isTens(int n) {
    return n >= 20 && n < 100 && n % 10 == 0;
  }

  /** The first half of a year of birth said in two: nineteen, twenty. */
  private static boolean isCentury(int half) {
    return half == 19 || half == 20;
  }
}
