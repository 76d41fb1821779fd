package io.callsight.quality.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.quality.text.Language;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentimentFeaturesTest {
  static final int BUCKETS = 1 << 20;

  @Test
  void chineseIsFoldedAsForMatchingButKeepsItsPunctuation() {
    int[] simplified = SentimentFeatures.of(Language.ZH_CN, "服务态度很差！", BUCKETS);
    // Traditional characters, full-width or half-width marks and spaces: the same text.
    assertThat(SentimentFeatures.of(Language.ZH_CN, "服務 態度 很差!", BUCKETS)).isEqualTo(simplified);
    // The exclamation mark is a feature of its own.
    assertThat(SentimentFeatures.of(Language.ZH_CN, "服务态度很差", BUCKETS)).isNotEqualTo(simplified);
  }

  @Test
  void chineseNgramsRunFromOneToThreeCharactersWithTheTextsEnds() {
    // 好 between the marks: the mark, 好, mark+好, 好+mark, mark+好+mark.
    assertThat(SentimentFeatures.of(Language.ZH_CN, "好", BUCKETS)).hasSize(5);
    // 很好: three distinct characters, three pairs, two triples.
    assertThat(SentimentFeatures.of(Language.ZH_CN, "很好", BUCKETS)).hasSize(8);
  }

  @Test
  void englishIsWordsAndWordPairsIgnoringCase() {
    int[] f = SentimentFeatures.of(Language.EN_US, "Not good", BUCKETS);
    assertThat(SentimentFeatures.of(Language.EN_US, "not   GOOD", BUCKETS)).isEqualTo(f);
    // the mark, not, good and the three pairs.
    assertThat(f).hasSize(6);
    // Word order matters through the pairs.
    assertThat(SentimentFeatures.of(Language.EN_US, "good not", BUCKETS)).isNotEqualTo(f);
    // A run of marks is one mark.
    assertThat(SentimentFeatures.of(Language.EN_US, "good!!!", BUCKETS))
        .isEqualTo(SentimentFeatures.of(Language.EN_US, "good!", BUCKETS));
  }

  @Test
  void bucketsAreDistinctAndInRange() {
    int[] f = SentimentFeatures.of(Language.ZH_CN, "好好好好好好，真的好好好", 1 << 4);
    assertThat(f).doesNotHaveDuplicates();
    // Each text starts afresh: what the one before used is forgotten.
    assertThat(SentimentFeatures.of(Language.ZH_CN, "好", BUCKETS))
        .hasSize(5)
        .isEqualTo(SentimentFeatures.of(Language.ZH_CN, "好", BUCKETS));
    assertThat(IntStream.of(f).allMatch(b -> b >= 0 && b < 16)).isTrue();
    // Even an empty text has its ends: the mark and the pair of marks.
    assertThat(SentimentFeatures.of(Language.EN_US, "", BUCKETS)).hasSize(2);
  }
}
