package io.callsight.quality.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.quality.text.ChineseKeyer;
import io.callsight.quality.text.EnglishKeyer;
import io.callsight.quality.text.Keyer;
import org.junit.jupiter.api.Test;

class PhraseTest {
  static boolean zh(String phrase, String text) {
    return Phrase.compile(phrase, ChineseKeyer.INSTANCE).matches(ChineseKeyer.INSTANCE.key(text));
  }

  static boolean en(String phrase, String text) {
    return Phrase.compile(phrase, EnglishKeyer.INSTANCE).matches(EnglishKeyer.INSTANCE.key(text));
  }

  @Test
  void chineseSurvivesTraditionalCharactersSpacesAndPunctuation() {
    assertThat(zh("感谢您的来电", "感謝您的來電，祝您生活愉快")).isTrue();
    assertThat(zh("感谢您的来电", "好的 感谢 您 的 来电 再见")).isTrue();
    assertThat(zh("请问还有什么可以帮您", "請問，還有什麼可以幫您？")).isTrue();
  }

  @Test
  void chineseHomophonesMatchThroughPinyin() {
    // 来电 heard as 来点, 帮您 as 帮宁 (n/l confusion), 工号 as 公号
    assertThat(zh("感谢您的来电", "感谢您的来点")).isTrue();
    assertThat(zh("工号{n}", "公号一零二四")).isTrue();
    assertThat(zh("很高兴为您服务", "很高興為您服侍")).isTrue(); // one wrong character allowed
  }

  @Test
  void chineseDifferentPhrasesDoNotMatch() {
    assertThat(zh("感谢您的来电", "感谢您的耐心等待")).isFalse(); // 耐 ≈ 来 (n/l), 电 missing
    assertThat(zh("感谢您的来电", "感谢你的来电")).isFalse(); // 6 characters: no edit allowed
    assertThat(zh("您好", "你们好")).isFalse();
    assertThat(zh("还有其他需要吗", "我需要退款")).isFalse();
  }

  @Test
  void numbersWrittenOrSpokenAreOneNumber() {
    assertThat(zh("工号1024", "工号幺零二四")).isTrue();
    assertThat(zh("工号1024", "工号一零二五")).isFalse();
    assertThat(zh("{n}个工作日内", "我们会在三个工作日内给您回复")).isTrue();
    assertThat(zh("{n}分钟", "十分钟后给您回电")).isTrue();
    assertThat(zh("{n}小时内", "二十四小时内")).isTrue();
  }

  @Test
  void englishToleratesSmallWordErrors() {
    assertThat(en("thank you for calling", "Thank you for caling Acme, goodbye")).isTrue();
    assertThat(
            en(
                "is there anything else I can help you with",
                "is their anything else i can help with"))
        .isTrue();
    assertThat(en("thank you for calling", "thank you for waiting")).isFalse();
    // Short words whose sound codes collide are told apart by their vowel: sure is no sorry.
    assertThat(en("I am sorry", "I'm sure we can sort it out")).isFalse();
    assertThat(en("sorry", "sorry about that")).isTrue();
    assertThat(en("thank you", "I think you are right")).isFalse();
    assertThat(en("agent {n}", "this is agent one zero two four")).isTrue();
    assertThat(en("within {n} hours", "we will call you back within twenty four hours")).isTrue();
  }

  @Test
  void distanceCountsEdits() {
    Keyer k = ChineseKeyer.INSTANCE;
    Phrase p = Phrase.compile("感谢您的来电", k.keyPattern("感谢您的来电"), 3);
    assertThat(p.distance(k.key("感谢您的来电"), 0)).isZero();
    assertThat(p.distance(k.key("感谢你的来电"), 0)).isEqualTo(1);
    assertThat(p.distance(k.key("感谢来电"), 0)).isEqualTo(2);
  }
}
