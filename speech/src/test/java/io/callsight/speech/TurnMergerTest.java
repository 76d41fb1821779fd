package io.callsight.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.Speaker;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TurnMergerTest {
  private final TurnMerger merger = new TurnMerger(Duration.ofMillis(1_500));

  @Test
  void turnsAlternateAsThePartiesTakeTheirTurns() {
    List<TranscriptTurn> turns =
        merger.merge(
            words(
                List.of(w("hello", 0, 400), w("thanks", 500, 900), w("sure", 3_000, 3_300)),
                List.of(w("hi", 1_100, 1_400), w("order", 1_500, 2_000))));
    assertThat(turns)
        .extracting(
            TranscriptTurn::speaker,
            TranscriptTurn::text,
            TranscriptTurn::startMs,
            TranscriptTurn::endMs)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Speaker.AGENT, "hello thanks", 0L, 900L),
            org.assertj.core.groups.Tuple.tuple(Speaker.CUSTOMER, "hi order", 1_100L, 2_000L),
            org.assertj.core.groups.Tuple.tuple(Speaker.AGENT, "sure", 3_000L, 3_300L));
  }

  @Test
  void aLongPauseStartsANewTurnOfTheSameSpeaker() {
    List<TranscriptTurn> turns =
        merger.merge(words(List.of(w("one", 0, 300), w("two", 2_000, 2_300)), List.of()));
    assertThat(turns).extracting(TranscriptTurn::text).containsExactly("one", "two");
  }

  @Test
  void aBackchannelOverContinuousTalkLeavesTheTurnWhole() {
    List<TranscriptTurn> turns =
        merger.merge(
            words(
                List.of(w("so", 0, 500), w("your", 500, 1_000), w("order", 1_000, 1_600)),
                List.of(w("mm", 600, 800))));
    assertThat(turns)
        .extracting(TranscriptTurn::speaker, TranscriptTurn::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Speaker.AGENT, "so your order"),
            org.assertj.core.groups.Tuple.tuple(Speaker.CUSTOMER, "mm"));
  }

  @Test
  void theOtherPartySpeakingInAShortPauseEndsTheTurn() {
    List<TranscriptTurn> turns =
        merger.merge(
            words(
                List.of(w("wait", 0, 400), w("please", 1_000, 1_400)), List.of(w("ok", 350, 700))));
    assertThat(turns).extracting(TranscriptTurn::text).containsExactly("wait", "ok", "please");
  }

  @Test
  void monoIsOneSpeakerAndNoWordsIsNoTurns() {
    Map<Speaker, List<TranscriptWord>> mono = new LinkedHashMap<>();
    mono.put(Speaker.UNKNOWN, List.of(w("a", 0, 100), w("b", 200, 300)));
    assertThat(merger.merge(mono))
        .singleElement()
        .satisfies(t -> assertThat(t.speaker()).isEqualTo(Speaker.UNKNOWN));
    assertThat(merger.merge(words(List.of(), List.of()))).isEmpty();
  }

  private static Map<Speaker, List<TranscriptWord>> words(
      List<TranscriptWord> agent, List<TranscriptWord> customer) {
    Map<Speaker, List<TranscriptWord>> m = new LinkedHashMap<>();
    m.put(Speaker.AGENT, new ArrayList<>(agent));
    m.put(Speaker.CUSTOMER, new ArrayList<>(customer));
    return m;
  }

  private static TranscriptWord w(String word, long start, long end) {
    return new TranscriptWord(word, start, end, 1.0);
  }
}
