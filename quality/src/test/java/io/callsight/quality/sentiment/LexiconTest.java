package io.callsight.quality.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void anEnglishEntryLongerThanTheScorerMatchesStopsLoading() {
    // A four-word entry could never match: words are looked up three at a time.
    Lexicon lexicon = new Lexicon().addRules("too-long-entry.sentiment");
    assertThat(lexicon.entryOfMostWords()).isEqualTo("what is going on");
    assertThatThrownBy(() -> new EnglishSentiment(lexicon))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'what is going on' has more than 3 words");
  }
}
