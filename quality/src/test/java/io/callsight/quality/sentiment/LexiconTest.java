package io.callsight.quality.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
  final EnglishSentiment en =
      new EnglishSentiment(new Lexicon().addRules("phrases-test.sentiment"));

  @Test
  void theLongestEntryWinsAtAnyLength() {
    // "what is going on" (four words) over "what is" and "going"; "going" alone is praise here.
    assertThat(en.score("what is going on with my order").score()).isEqualTo(score(-1.5));
    assertThat(en.score("what is the plan").score()).isZero();
    assertThat(en.score("it is going well").score()).isEqualTo(score(1));
  }

  @Test
  void anEntryDoesNotCrossAClauseBreak() {
    assertThat(en.score("what is going, on the whole, fine").score()).isEqualTo(score(1));
  }

  @Test
  void aPhraseThatBreaksOffFallsBackToItsFirstWord() {
    assertThat(en.score("going to call").score()).isEqualTo(score(1));
    assertThat(en.score("what is going to happen").score()).isEqualTo(score(1));
  }

  /** One word of this valence, squashed as {@link ValenceRules} does. */
  private static double score(double valence) {
    return valence / Math.sqrt(valence * valence + 15);
  }
}
