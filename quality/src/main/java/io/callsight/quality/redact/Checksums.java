package io.callsight.quality.redact;

/** The check digits and number ranges of the numbers redaction recognises. */
public final class Checksums {
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] ID_CHECK = "10X98765432".toCharArray();

  private Checksums() {}

  /**
   * Whether 18 characters are a resident ID-card number whose check digit is right (GB 11643, ISO
   * 7064 MOD 11-2): 17 digits and a digit or X, the 7th to 14th a date of birth (18xx–20xx). The
   * date tells a number from the same digits shifted by a stray one (第一 before it), whose check
   * digit is right once in eleven.
   */
  public static boolean isIdCard(CharSequence s) {
    return isIdCardShape(s) && Character.toUpperCase(s.charAt(17)) == idCardCheck(s);
  }

  /**
   * Whether 18 characters have an ID-card number's shape, check digit aside: 17 digits and a digit
   * or X, the 7th to 14th a date of birth. A number misheard or misread by a digit has it.
   */
  public static boolean isIdCardShape(CharSequence s) {
    if (s.length() != 18 || !isIdCardBody(s)) {
      return false;
    }
    char last = Character.toUpperCase(s.charAt(17));
    return last == 'X' || last >= '0' && last <= '9';
  }

  /**
   * Whether the first 17 characters are an ID-card number's digits, the 7th to 14th a date of
   * birth: the number without its check character, which a recogniser may drop or mishear (an X
   * said as a letter).
   */
  public static boolean isIdCardBody(CharSequence s) {
    if (s.length() < 17 || !isBirthDate(s, 6)) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the eight characters from {@code at} are a date YYYYMMDD of 1800–2099. */
  private static boolean isBirthDate(CharSequence s, int at) {
    for (int i = at; i < at + 8; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    int century = (s.charAt(at) - '0') * 10 + s.charAt(at + 1) - '0';
    int month = (s.charAt(at + 4) - '0') * 10 + s.charAt(at + 5) - '0';
    int day = (s.charAt(at + 6) - '0') * 10 + s.charAt(at + 7) - '0';
    return century >= 18 && century <= 20 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  /** The check character an ID-card number's first 17 digits call for. */
  public static char idCardCheck(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK[sum % 11];
  }

  /** Whether a digit string passes the Luhn check that bank-card numbers carry. */
  public static boolean isLuhn(CharSequence digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int d = c - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * Whether nine digits can be a US social security number: none is issued with area 000, 666 or
   * 900–999, group 00 or serial 0000.
   */
  public static boolean isSsn(CharSequence s) {
    if (s.length() != 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    String digits = s.toString();
    String area = digits.substring(0, 3);
    return !area.equals("000")
        && !area.equals("666")
        && area.charAt(0) != '9'
        && !digits.startsWith("00", 3)
        && !digits.startsWith("0000", 5);
  }
}
