package io.callsight.quality.text;

/**
 * Keys Chinese text: each character folded ({@link CharFolding}) and keyed by its pinyin; runs of
 * digits and number words become one number position; runs of Latin letters one word position.
 */
public final class ChineseKeyer implements Keyer {
  public static final ChineseKeyer INSTANCE = new ChineseKeyer();

  private ChineseKeyer() {}

  /** One edit per seven characters: 感谢您的来电 must match in sound, 很高兴为您服务 may differ once. */
  @Override
  public int defaultTolerance(int positions) {
    return positions / 7;
  }

  @Override
  public KeyedText key(String text, boolean pattern) {
    KeyedText.Builder out = new KeyedText.Builder(text.length());
    StringBuilder number = new StringBuilder();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      if (pattern && text.startsWith("{n}", i)) {
        flushNumber(number, out);
        flushWord(word, out);
        out.add(ANY_NUMBER);
        i += 3;
        continue;
      }
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int f = CharFolding.fold(cp);
      if (f == CharFolding.DROP) {
        continue;
      }
      if (ChineseNumbers.isNumeral(f)) {
        flushWord(word, out);
        number.appendCodePoint(f);
      } else if (f < 0x80 && Character.isLetter(f)) {
        flushNumber(number, out);
        word.appendCodePoint(f);
      } else {
        flushNumber(number, out);
        flushWord(word, out);
        out.add(PinyinKeys.keys(f));
      }
    }
    flushNumber(number, out);
    flushWord(word, out);
    return out.build();
  }

  private static final int[] DIGIT_KEYS = new int[10];

  static {
    for (int d = 0; d < 10; d++) {
      DIGIT_KEYS[d] = SoundKeys.number(Integer.toString(d));
    }
  }

  private static void flushNumber(StringBuilder number, KeyedText.Builder out) {
    if (number.length() == 1 && ChineseNumbers.value(number.charAt(0)) < 10) {
      out.add(DIGIT_KEYS[ChineseNumbers.value(number.charAt(0))]); // 一 of 一下: the usual case
      number.setLength(0);
    } else if (number.length() > 0) {
      out.add(SoundKeys.number(ChineseNumbers.toDigits(number)));
      number.setLength(0);
    }
  }

  private static void flushWord(StringBuilder word, KeyedText.Builder out) {
    if (word.length() > 0) {
      out.add(SoundKeys.id("w:" + word));
      word.setLength(0);
    }
  }
}
