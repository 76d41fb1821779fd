package io.callsight.bench;

import static io.callsight.quality.sentiment.Sentiment.Label.NEGATIVE;
import static io.callsight.quality.sentiment.Sentiment.Label.NEUTRAL;
import static io.callsight.quality.sentiment.Sentiment.Label.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.callsight.quality.sentiment.Sentiment.Label;
import org.junit.jupiter.api.Test;

class SentimentConfusionTest {
  static void add(SentimentConfusion c, Label label, Label predicted, int times) {
    for (int i = 0; i < times; i++) {
      c.add(label, predicted);
    }
  }

  @Test
  void aBinaryDataSetAveragesTwoRecallsAndANeutralPredictionIsWrong() {
    SentimentConfusion c = new SentimentConfusion();
    add(c, POSITIVE, POSITIVE, 8);
    add(c, POSITIVE, NEUTRAL, 1);
    add(c, POSITIVE, NEGATIVE, 1);
    add(c, NEGATIVE, NEGATIVE, 1);
    add(c, NEGATIVE, NEUTRAL, 1);

    assertThat(c.texts()).isEqualTo(12);
    assertThat(c.labelsPresent()).containsExactly(POSITIVE, NEGATIVE);
    assertThat(c.recall(POSITIVE)).isEqualTo(0.8);
    assertThat(c.recall(NEGATIVE)).isEqualTo(0.5);
    // Plain accuracy would be 9/12 = 75 %: the many positive texts would hide the negative ones.
    assertThat(c.balancedAccuracy()).isCloseTo(0.65, within(1e-12));
    assertThat(c.count(POSITIVE, NEUTRAL)).isOne();
    assertThat(c.labelled(NEUTRAL)).isZero();
  }

  @Test
  void threeLabelsAreAveragedAlike() {
    SentimentConfusion c = new SentimentConfusion();
    add(c, POSITIVE, POSITIVE, 1);
    add(c, NEUTRAL, NEUTRAL, 3);
    add(c, NEUTRAL, POSITIVE, 1);
    add(c, NEGATIVE, POSITIVE, 2);

    assertThat(c.labelsPresent()).containsExactly(POSITIVE, NEUTRAL, NEGATIVE);
    assertThat(c.balancedAccuracy()).isCloseTo((1 + 0.75 + 0) / 3, within(1e-12));
    assertThat(c.polarAccuracy()).isCloseTo((1 + 0.0) / 2, within(1e-12));
  }

  @Test
  void aRecallOfALabelNoTextHasIsRefused() {
    SentimentConfusion c = new SentimentConfusion();
    c.add(POSITIVE, POSITIVE);
    assertThatThrownBy(() -> c.recall(NEUTRAL)).hasMessage("no text is labelled neutral");
    assertThatThrownBy(() -> new SentimentConfusion().balancedAccuracy())
        .hasMessage("no texts counted");
  }
}
