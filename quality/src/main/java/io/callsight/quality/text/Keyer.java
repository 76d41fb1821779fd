package io.callsight.quality.text;

/** Turns a text into the positions and sound keys that phrase matching compares. */
public interface Keyer {
  /** The keyed form of a transcript text. */
  default KeyedText key(String text) {
    return key(text, false);
  }

  /** The keyed form of a pattern: like {@link #key}, with {@code {n}} standing for any number. */
  default KeyedText keyPattern(String pattern) {
    return key(pattern, true);
  }

  /** The keyed form of a text, or of a pattern when {@code pattern} is set. */
  KeyedText key(String text, boolean pattern);

  /** How many edits a phrase of this many positions survives unless its rule says otherwise. */
  int defaultTolerance(int positions);

  /** The key a {@code {n}} placeholder gets in a keyed pattern. */
  int ANY_NUMBER = Integer.MIN_VALUE + 1;

  /** The keyer for a language tag such as zh-CN or en-US. */
  static Keyer forLanguage(Language language) {
    return switch (language) {
      case ZH_CN -> ChineseKeyer.INSTANCE;
      case EN_US -> EnglishKeyer.INSTANCE;
    };
  }
}
