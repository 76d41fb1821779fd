package io.callsight.speech.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callsight.schemas.ConversationMeasures;
import io.callsight.schemas.Interruption;
import io.callsight.schemas.PartyMeasures;
import io.callsight.schemas.RateUnit;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import io.callsight.speech.synthetic.ToneTrack;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 20 s stereo call built so every measure is known: the agent talks 1-4 s, 6-9 s, 11-11.8 s and
 * 15-16 s (loud); the customer 3-5 s, 8.8-9 s and 10-12 s (quiet). The customer cuts in at 3 s (1 s
 * of overlap), murmurs at 8.8 s (0.2 s: backchannel), and the agent cuts in at 11 s (0.8 s).
 */
class ConversationMeasurerTest {
  private static final int RATE = 8_000;
  private static final int AGENT_AMPLITUDE = 8_000;
  private static final int CUSTOMER_AMPLITUDE = 2_000;

  private final MeasureSettings settings = MeasureSettings.DEFAULTS;

  private Map<Speaker, ChannelActivity> call() {
    ToneTrack agent = ToneTrack.silence(RATE, 20_000);
    for (long[] b :
        new long[][] {{1_000, 4_000}, {6_000, 9_000}, {11_000, 11_800}, {15_000, 16_000}}) {
      agent.burst(b[0], b[1], 440, AGENT_AMPLITUDE);
    }
    ToneTrack customer = ToneTrack.silence(RATE, 20_000);
    for (long[] b : new long[][] {{3_000, 5_000}, {8_800, 9_000}, {10_000, 12_000}}) {
      customer.burst(b[0], b[1], 600, CUSTOMER_AMPLITUDE);
    }
    Map<Speaker, ChannelActivity> parties = new LinkedHashMap<>();
    parties.put(Speaker.AGENT, VoiceActivity.analyse(agent.samples(), RATE, settings));
    parties.put(Speaker.CUSTOMER, VoiceActivity.analyse(customer.samples(), RATE, settings));
    return parties;
  }

  @Test
  void talkIsFoundWhereTheBurstsAre() {
    Map<Speaker, ChannelActivity> parties = call();
    assertThat(parties.get(Speaker.AGENT).talk())
        .containsExactly(
            new Span(1_000, 4_000),
            new Span(6_000, 9_000),
            new Span(11_000, 11_800),
            new Span(15_000, 16_000));
    assertThat(parties.get(Speaker.CUSTOMER).talk())
        .containsExactly(new Span(3_000, 5_000), new Span(8_800, 9_000), new Span(10_000, 12_000));
  }

  @Test
  void callMeasuresAddUpToTheConstruction() {
    ConversationMeasures m =
        new ConversationMeasurer(settings)
            .measure(20_000, call(), List.of(), RateUnit.WORDS_PER_MINUTE);

    // Someone talks 1-5, 6-9, 10-12 and 15-16 s: 10 s of the 20.
    assertThat(m.talkMs()).isEqualTo(10_000);
    assertThat(m.talkRatio()).isEqualTo(0.5);
    assertThat(m.silenceMs()).isEqualTo(10_000);
    assertThat(m.silenceRatio()).isEqualTo(0.5);
    // Gaps: 0-1, 5-6, 9-10, 12-15 and 16-20 s; two reach the 3 s silence threshold.
    assertThat(m.longestSilenceMs()).isEqualTo(4_000);
    assertThat(m.longestSilenceStartMs()).isEqualTo(16_000);
    assertThat(m.silences()).isEqualTo(2);
    // Both talk 3-4 s, 8.8-9 s and 11-11.8 s.
    assertThat(m.overtalkMs()).isEqualTo(2_000);
    assertThat(m.overtalkRatio()).isEqualTo(0.2);
    assertThat(m.interruptions())
        .containsExactly(
            new Interruption(Speaker.CUSTOMER, Speaker.AGENT, 3_000, 1_000),
            new Interruption(Speaker.AGENT, Speaker.CUSTOMER, 11_000, 800));
    assertThat(m.interruptionCount()).isEqualTo(2);
  }

  @Test
  void eachPartyGetsItsShareInterruptionsAndLoudness() {
    ConversationMeasures m =
        new ConversationMeasurer(settings)
            .measure(20_000, call(), List.of(), RateUnit.WORDS_PER_MINUTE);
    PartyMeasures agent = m.parties().get(0);
    PartyMeasures customer = m.parties().get(1);

    assertThat(agent.speaker()).isEqualTo(Speaker.AGENT);
    assertThat(agent.talkMs()).isEqualTo(7_800);
    assertThat(customer.talkMs()).isEqualTo(4_200);
    assertThat(agent.talkRatio()).isEqualTo(0.65);
    assertThat(customer.talkRatio()).isEqualTo(0.35);
    assertThat(agent.interruptionsMade()).isEqualTo(1);
    assertThat(agent.interruptionsReceived()).isEqualTo(1);
    assertThat(customer.interruptionsMade()).isEqualTo(1);
    // A sine of amplitude A is 20 log10(A / sqrt 2 / 32768) dBFS.
    assertThat(agent.loudnessDbfs()).isCloseTo(sineDbfs(AGENT_AMPLITUDE), within(0.2));
    assertThat(customer.loudnessDbfs()).isCloseTo(sineDbfs(CUSTOMER_AMPLITUDE), within(0.2));
    assertThat(agent.peakDbfs()).isBetween(agent.loudnessDbfs(), agent.loudnessDbfs() + 0.6);
    // The call's level weighs each party's talk frames: 7.8 s loud, 4.2 s quiet.
    double power =
        (7_800 * Math.pow(10, sineDbfs(AGENT_AMPLITUDE) / 10)
                + 4_200 * Math.pow(10, sineDbfs(CUSTOMER_AMPLITUDE) / 10))
            / 12_000;
    assertThat(m.loudnessDbfs()).isCloseTo(10 * Math.log10(power), within(0.2));
  }

  @Test
  void speakingRateCountsWordsInEnglishAndCharactersInChinese() {
    List<TranscriptTurn> turns =
        List.of(
            turn(Speaker.AGENT, "您好", "请问", "有什么", "可以", "帮您"),
            turn(Speaker.CUSTOMER, "我", "的", "订单"));
    ConversationMeasures zh =
        new ConversationMeasurer(settings)
            .measure(20_000, call(), turns, RateUnit.CHARACTERS_PER_MINUTE);
    // Agent: 11 characters in 7.8 s of talk; customer: 4 in 4.2 s.
    assertThat(zh.parties().get(0).characters()).isEqualTo(11);
    assertThat(zh.parties().get(0).speakingRate()).isEqualTo(Math.round(11 * 600 / 7.8) / 10.0);
    assertThat(zh.parties().get(1).speakingRate()).isEqualTo(Math.round(4 * 600 / 4.2) / 10.0);
    assertThat(zh.parties().get(0).speakingRateUnit()).isEqualTo(RateUnit.CHARACTERS_PER_MINUTE);

    ConversationMeasures en =
        new ConversationMeasurer(settings)
            .measure(20_000, call(), turns, RateUnit.WORDS_PER_MINUTE);
    assertThat(en.parties().get(0).words()).isEqualTo(5);
    assertThat(en.parties().get(0).speakingRate()).isEqualTo(Math.round(5 * 600 / 7.8) / 10.0);
    assertThat(en.parties().get(0).turns()).isEqualTo(1);
    assertThat(en.parties().get(0).longestTurnMs()).isEqualTo(1_000);
  }

  @Test
  void thresholdsAreTheSettingsNotFixed() {
    MeasureSettings strict =
        new MeasureSettings(
            -40,
            Duration.ofMillis(100),
            Duration.ofMillis(300),
            Duration.ofSeconds(1),
            Duration.ofMillis(150));
    ConversationMeasures m =
        new ConversationMeasurer(strict)
            .measure(20_000, call(), List.of(), RateUnit.WORDS_PER_MINUTE);
    // Every gap of 1 s or more now counts, and the 0.2 s murmur is an interruption.
    assertThat(m.silences()).isEqualTo(5);
    assertThat(m.interruptionCount()).isEqualTo(3);

    // At -20 dBFS the quiet customer (-27 dBFS) is not talking at all.
    MeasureSettings deaf =
        new MeasureSettings(
            -20,
            Duration.ofMillis(100),
            Duration.ofMillis(300),
            Duration.ofSeconds(3),
            Duration.ofMillis(500));
    ToneTrack quiet = ToneTrack.silence(RATE, 2_000).burst(0, 1_000, 600, CUSTOMER_AMPLITUDE);
    assertThat(VoiceActivity.analyse(quiet.samples(), RATE, deaf).talk()).isEmpty();
  }

  @Test
  void shortPausesAreBridgedAndClicksDropped() {
    ToneTrack t =
        ToneTrack.silence(RATE, 3_000)
            .burst(100, 600)
            .burst(800, 1_200) // 200 ms pause: same stretch of talk
            .burst(2_000, 2_050); // 50 ms click: not talk
    assertThat(VoiceActivity.analyse(t.samples(), RATE, settings).talk())
        .containsExactly(new Span(100, 1_200));
  }

  @Test
  void monoHasOnePartyAndNoOvertalk() {
    Map<Speaker, ChannelActivity> mono = new LinkedHashMap<>();
    mono.put(
        Speaker.UNKNOWN,
        VoiceActivity.analyse(
            ToneTrack.silence(RATE, 10_000).burst(2_000, 6_000).samples(), RATE, settings));
    ConversationMeasures m =
        new ConversationMeasurer(settings)
            .measure(10_000, mono, List.of(), RateUnit.WORDS_PER_MINUTE);
    assertThat(m.parties()).hasSize(1);
    assertThat(m.parties().get(0).talkRatio()).isEqualTo(1.0);
    assertThat(m.overtalkMs()).isNull();
    assertThat(m.interruptions()).isNull();
    assertThat(m.longestSilenceMs()).isEqualTo(4_000);
    assertThat(m.longestSilenceStartMs()).isEqualTo(6_000);
  }

  @Test
  void silentCallIsAllSilenceWithNoLevels() {
    Map<Speaker, ChannelActivity> parties = new LinkedHashMap<>();
    parties.put(Speaker.AGENT, VoiceActivity.analyse(new short[RATE * 5], RATE, settings));
    parties.put(Speaker.CUSTOMER, VoiceActivity.analyse(new short[RATE * 5], RATE, settings));
    ConversationMeasures m =
        new ConversationMeasurer(settings)
            .measure(5_000, parties, List.of(), RateUnit.WORDS_PER_MINUTE);
    assertThat(m.silenceMs()).isEqualTo(5_000);
    assertThat(m.longestSilenceStartMs()).isZero();
    assertThat(m.loudnessDbfs()).isNull();
    assertThat(m.parties().get(0).speakingRate()).isNull();
    assertThat(m.parties().get(0).talkRatio()).isZero();
  }

  private static double sineDbfs(int amplitude) {
    return 20 * Math.log10(amplitude / Math.sqrt(2) / 32_768);
  }

  private static TranscriptTurn turn(Speaker speaker, String... words) {
    List<TranscriptWord> w =
        java.util.stream.IntStream.range(0, words.length)
            .mapToObj(i -> new TranscriptWord(words[i], 1_000 + 200L * i, 1_200 + 200L * i, 1.0))
            .toList();
    return new TranscriptTurn(
        speaker, 1_000, 1_000 + 200L * words.length, String.join(" ", words), w);
  }
}
