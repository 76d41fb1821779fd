package io.callsight.quality.text;

import java.util.LinkedHashSet;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The sound keys of a Chinese character: every reading pinyin4j knows, without tones, with the
 * pairs that accents and speech recognition confuse merged (zh/z, ch/c, sh/s, n/l, -ing/-in,
 * -eng/-en). Homophones therefore share a key; a polyphonic character (还 hai/huan) has several.
 */
public final class PinyinKeys {
  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
  private static final int[][] CACHE = new int[0x10000][];

  static {
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
  }

  private PinyinKeys() {}

  /** The keys of one (folded) code point. */
  public static int[] keys(int cp) {
    if (cp >= 0x10000) {
      return new int[] {SoundKeys.id("c:" + new String(Character.toChars(cp)))};
    }
    int[] cached = CACHE[cp];
    if (cached == null) {
      cached = compute((char) cp);
      CACHE[cp] = cached; // racing writers store equal arrays
    }
    return cached;
  }

  /** The folded syllables of a character, e.g. 还 → [hai, huan]; empty for a non-Han character. */
  public static Set<String> syllables(char c) {
    Set<String> out = new LinkedHashSet<>();
    String[] readings;
    synchronized (FORMAT) {
      try {
        readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      } catch (BadHanyuPinyinOutputFormatCombination e) {
        throw new IllegalStateException(e);
      }
    }
    if (readings != null) {
      for (String r : readings) {
        out.add(fuzzy(r));
      }
    }
    return out;
  }

  private static int[] compute(char c) {
    Set<String> syllables = syllables(c);
    if (syllables.isEmpty()) {
      return new int[] {SoundKeys.id("c:" + c)};
    }
    return syllables.stream().mapToInt(s -> SoundKeys.id("py:" + s)).toArray();
  }

  /** Merges the initials and finals that speakers and recognisers confuse. */
  static String fuzzy(String syllable) {
    String s = syllable;
    if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
      s = s.charAt(0) + s.substring(2);
    } else if (s.startsWith("n") && s.length() > 1 && !s.startsWith("ng")) {
      s = "l" + s.substring(1);
    }
    if (s.endsWith("ing") || s.endsWith("eng")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
