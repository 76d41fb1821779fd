package io.callsight.quality.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Folds one character the way Chinese matching needs it: full-width to half-width and case folded
 * (ICU NFKC_Casefold), traditional to simplified (ICU's Traditional-Simplified transliterator), and
 * punctuation, symbols and spaces dropped. Results are cached per BMP code point, so the ICU calls
 * run once per distinct character in the JVM's life.
 */
public final class CharFolding {
  /** Returned for characters that carry no words: punctuation, symbols, spaces. */
  public static final int DROP = -1;

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Transliterator TO_SIMPLIFIED =
      Transliterator.getInstance("Traditional-Simplified");
  // 0 = not computed yet; otherwise the folded code point + 2 (so DROP is stored as 1).
  private static final int[] CACHE = new int[0x10000];

  private CharFolding() {}

  /** The folded code point, or {@link #DROP}. */
  public static int fold(int cp) {
    if (cp < 0x10000) {
      int cached = CACHE[cp];
      if (cached != 0) {
        return cached - 2;
      }
      int folded = compute(cp);
      CACHE[cp] = folded + 2; // racing writers store the same value
      return folded;
    }
    return compute(cp);
  }

  private static int compute(int cp) {
    int type = UCharacter.getType(cp);
    if (isDropped(type)) {
      return DROP;
    }
    String s = NFKC_CASEFOLD.normalize(new String(Character.toChars(cp)));
    int first = firstWordChar(s);
    if (first < 0) {
      return DROP;
    }
    if (UCharacter.hasBinaryProperty(first, com.ibm.icu.lang.UProperty.IDEOGRAPHIC)) {
      String simplified;
      synchronized (TO_SIMPLIFIED) {
        simplified = TO_SIMPLIFIED.transliterate(new String(Character.toChars(first)));
      }
      if (!simplified.isEmpty()) {
        first = simplified.codePointAt(0);
      }
    }
    return first;
  }

  private static int firstWordChar(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (!isDropped(UCharacter.getType(c))) {
        return c;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  private static boolean isDropped(int type) {
    return switch (type) {
      case UCharacterCategory.SPACE_SEPARATOR,
          UCharacterCategory.LINE_SEPARATOR,
          UCharacterCategory.PARAGRAPH_SEPARATOR,
          UCharacterCategory.CONTROL,
          UCharacterCategory.FORMAT,
          UCharacterCategory.UNASSIGNED,
          UCharacterCategory.DASH_PUNCTUATION,
          UCharacterCategory.START_PUNCTUATION,
          UCharacterCategory.END_PUNCTUATION,
          UCharacterCategory.CONNECTOR_PUNCTUATION,
          UCharacterCategory.OTHER_PUNCTUATION,
          UCharacterCategory.INITIAL_PUNCTUATION,
          UCharacterCategory.FINAL_PUNCTUATION,
          UCharacterCategory.MATH_SYMBOL,
          UCharacterCategory.CURRENCY_SYMBOL,
          UCharacterCategory.MODIFIER_SYMBOL,
          UCharacterCategory.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }

  /** Simplified, half-width, lower-case text with punctuation and spaces removed. */
  public static String foldText(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      int f = fold(cp);
      if (f != DROP) {
        out.appendCodePoint(f);
      }
    }
    return out.toString();
  }
}
