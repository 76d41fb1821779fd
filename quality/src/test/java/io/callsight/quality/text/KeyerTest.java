package io.callsight.quality.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyerTest {
  final Keyer zh = ChineseKeyer.INSTANCE;
  final Keyer en = EnglishKeyer.INSTANCE;

  @Test
  void chineseFoldingUsesIcu() {
    assertThat(CharFolding.foldText("網絡客服，服務流程！ＡＢＣ　１２３")).isEqualTo("网络客服服务流程abc123");
  }

  @Test
  void chineseNumberWordsBecomeDigits() {
    assertThat(ChineseNumbers.toDigits("一三八幺两")).isEqualTo("13812");
    assertThat(ChineseNumbers.toDigits("二十四")).isEqualTo("24");
    assertThat(ChineseNumbers.toDigits("十")).isEqualTo("10");
    assertThat(ChineseNumbers.toDigits("三百零五")).isEqualTo("305");
    assertThat(ChineseNumbers.toDigits("两万")).isEqualTo("20000");
    assertThat(zh.key("工号一零二四").toString()).isEqualTo(zh.key("工號1024").toString());
  }

  @Test
  void homophonesShareKeysAndPolyphonesHaveSeveral() {
    assertThat(zh.key("来电").toString()).isEqualTo(zh.key("来点").toString());
    assertThat(PinyinKeys.syllables('还')).containsExactly("hai", "huan");
    assertThat(PinyinKeys.fuzzy("zhang")).isEqualTo(PinyinKeys.fuzzy("zang"));
    assertThat(PinyinKeys.fuzzy("nin")).isEqualTo(PinyinKeys.fuzzy("lin"));
    assertThat(PinyinKeys.fuzzy("ting")).isEqualTo("tin");
  }

  @Test
  void spacesAndPunctuationDoNotCount() {
    assertThat(zh.key("感谢 您的 来电。").length()).isEqualTo(6);
  }

  @Test
  void englishWordsAreNormalised() {
    assertThat(
            EnglishWords.words("I can't, it's one three eight double five oh two").stream()
                .map(EnglishWords.Word::text)
                .toList())
        .containsExactly("i", "can", "not", "it", "is", "1385502");
    assertThat(EnglishWords.words("twenty four hours").get(0).text()).isEqualTo("24");
    // The ways redaction hears a number are the ways matching reads one.
    assertThat(EnglishWords.words("agent double oh seven").get(1).text()).isEqualTo("007");
    assertThat(EnglishWords.words("triple 5 please").get(0).text()).isEqualTo("555");
    // An apostrophe that starts no contraction keeps its word whole.
    assertThat(EnglishWords.words("at five o'clock, ma'am").stream().map(EnglishWords.Word::text))
        .containsExactly("at", "5", "o'clock", "ma'am");
    assertThat(EnglishWords.words("John's dogs' bowls").stream().map(EnglishWords.Word::text))
        .containsExactly("john", "dogs", "bowls");
    // Written without the apostrophe, as recognisers and hurried typists do; "its", "lets",
    // "ill" and "were" are words of their own.
    assertThat(
            EnglishWords.words("thats whats youre ive its lets").stream()
                .map(EnglishWords.Word::text))
        .containsExactly("that", "is", "what", "is", "you", "are", "i", "have", "its", "lets");
    assertThat(en.key("thats all sorted").toString())
        .isEqualTo(en.key("that is all sorted").toString());
    assertThat(en.key("calling").toString()).isEqualTo(en.key("colling").toString());
    assertThat(en.key("for").toString()).isNotEqualTo(en.key("fire").toString());
  }

  @Test
  void aLongWordIsMoreThanItsBeginning() {
    // Four sounds were all a code kept, and a customer's "your company" was a complaint
    // ("compensation"), "the compliment" one too ("complaint"), and "that explains it" an
    // emergency.
    assertThat(en.key("company").toString()).isNotEqualTo(en.key("compensation").toString());
    assertThat(en.key("camping").toString()).isNotEqualTo(en.key("compensation").toString());
    assertThat(en.key("compliment").toString()).isNotEqualTo(en.key("complaint").toString());
    assertThat(en.key("explains").toString()).isNotEqualTo(en.key("explosion").toString());
    // What a recogniser gets wrong in a long word still sounds the same.
    assertThat(en.key("transfering").toString()).isEqualTo(en.key("transferring").toString());
    assertThat(en.key("anythink").toString()).isEqualTo(en.key("anything").toString());
    assertThat(en.key("apologise").toString()).isEqualTo(en.key("apologize").toString());
    // and its plural is still the word
    assertThat(en.key("complaints").toString()).isEqualTo(en.key("complaint").toString());
    assertThat(en.key("refunds").toString()).isEqualTo(en.key("refund").toString());
  }

  @Test
  void englishWordsAreLowerCasedWithTheirPlaceInTheText() {
    // Capitals, accents and apostrophes are spelt out; a word said twice is one String.
    String text = "Hello WORLD, don’t the dogs' Café";
    assertThat(EnglishWords.words(text))
        .extracting(w -> w.text() + "@" + text.substring(w.start(), w.end()))
        .containsExactly(
            "hello@Hello",
            "world@WORLD",
            "do@don’t",
            "not@don’t",
            "the@the",
            "dogs@dogs'",
            "café@Café");
  }

  @Test
  void aWordSaidAgainIsTheSameStringAndManyWordsStayApart() {
    List<EnglishWords.Word> words = EnglishWords.words("the bill, THE Bill");
    assertThat(words.get(2).text()).isSameAs(words.get(0).text());
    assertThat(words.get(3).text()).isSameAs(words.get(1).text());
    // More words than the table has slots: each still reads as itself.
    String text =
        IntStream.range(0, 20_000)
            .mapToObj(i -> "w" + Integer.toString(i, 26).replace('1', 'q'))
            .collect(Collectors.joining(" "));
    assertThat(EnglishWords.words(text).stream().map(EnglishWords.Word::text))
        .containsExactly(text.split(" "));
  }

  @Test
  void manyMoreWordsThanTheThreadRemembersKeepTheirOwnKeys() {
    // Three consonants: no number word among them, each keyed by its spelling, so no two share a
    // key, and five times as many as the table has slots.
    String consonants = "bcdfghjklmnpqrstvwz";
    String[] words =
        IntStream.range(0, 5_000)
            .mapToObj(
                i ->
                    ""
                        + consonants.charAt(i % 19)
                        + consonants.charAt(i / 19 % 19)
                        + consonants.charAt(i / 361 % 19))
            .toArray(String[]::new);
    for (int round = 0; round < 2; round++) {
      KeyedText all = en.key(String.join(" ", words));
      assertThat(all.length()).isEqualTo(words.length);
      assertThat(IntStream.range(0, words.length).map(i -> all.key(i, 0)).distinct().count())
          .isEqualTo(words.length);
      // Another String of the same word (read from another text) has the same key.
      for (int i = 0; i < words.length; i += 97) {
        assertThat(en.key("so " + words[i]).key(1, 0)).isEqualTo(all.key(i, 0));
      }
    }
  }
}
