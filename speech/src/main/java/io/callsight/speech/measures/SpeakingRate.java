package io.callsight.speech.measures;

import io.callsight.schemas.RateUnit;
import java.util.Locale;

/** What a speaking rate counts in a language: characters for Chinese, words otherwise. */
public final class SpeakingRate {
  private SpeakingRate() {}

  /** The unit for a BCP 47 language tag: zh (and zh-CN, zh-TW) count characters. */
  public static RateUnit unitFor(String language) {
    String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return primary.equals("zh") || primary.equals("cmn") || primary.equals("yue")
        ? RateUnit.CHARACTERS_PER_MINUTE
        : RateUnit.WORDS_PER_MINUTE;
  }

  /** Chinese (Han) characters in a word. */
  public static int chineseCharacters(String word) {
    return (int)
        word.codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            .count();
  }
}
