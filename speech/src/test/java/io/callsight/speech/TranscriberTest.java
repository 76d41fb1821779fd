package io.callsight.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.callsight.schemas.AudioCodec;
import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.ConversationMeasures;
import io.callsight.schemas.RateUnit;
import io.callsight.schemas.Recording;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Transcript;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import io.callsight.speech.audio.BadAudioException;
import io.callsight.speech.synthetic.ToneTrack;
import io.callsight.speech.synthetic.ToyVoskModel;
import io.callsight.speech.synthetic.WavWriter;
import io.callsight.speech.vosk.VoskEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A telephone call recorded as switches do (8 kHz stereo A-law), transcribed by the real libvosk on
 * the toy model. The agent (left) speaks bursts at 0.5-1.0, 1.2-1.6 and 6.0-6.5 s; the customer
 * (right) at 2.5-3.0 and 3.4-4.4 s, and cuts in at 6.1-7.0 s.
 */
class TranscriberTest {
  @TempDir Path dir;

  private VoskEngine engine;
  private Transcriber transcriber;

  @BeforeEach
  void openEngine() {
    Path model = ToyModels.english(dir);
    engine = VoskEngine.open(model, 1);
    transcriber = new Transcriber(engine, SpeechOptions.forModel(model));
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  private Path call(AudioCodec codec) {
    short[] agent =
        ToneTrack.silence(8_000, 8_000).bursts(500, 1_000, 1_200, 1_600, 6_000, 6_800).samples();
    short[] customer =
        ToneTrack.silence(8_000, 8_000).bursts(2_500, 3_000, 3_400, 4_400, 6_100, 7_000).samples();
    return WavWriter.write(dir.resolve("1543601975.123.wav"), 8_000, codec, agent, customer);
  }

  private Recording recording(Path file, ChannelLayout layout) throws BadAudioException {
    return RecordingFiles.describe(
        file, new RecordingFiles.Owner("1543601975.123", null, null), layout, "test");
  }

  @Test
  void channelsBecomeSpeakersAndWordsMergeIntoTurnsByTime() throws Exception {
    Transcript t =
        transcriber.transcribe(recording(call(AudioCodec.PCM_ALAW), ChannelLayout.AGENT_LEFT));

    assertThat(t.callId()).isEqualTo("1543601975.123");
    assertThat(t.language()).isEqualTo("en");
    assertThat(t.engine()).isEqualTo("vosk-0.3.45");
    assertThat(t.modelId()).isEqualTo("vosk-model-toy-en");
    assertThat(t.durationMs()).isEqualTo(8_000);
    assertThat(t.turns())
        .extracting(TranscriptTurn::speaker, TranscriptTurn::text)
        .containsExactly(
            tuple(Speaker.AGENT, "hello world"),
            tuple(Speaker.CUSTOMER, "hello world"),
            tuple(Speaker.AGENT, "thanks"),
            tuple(Speaker.CUSTOMER, "thanks"));
    assertThat(t.turns())
        .extracting(TranscriptTurn::startMs)
        .satisfiesExactly(
            s -> assertThat(s).isCloseTo(500L, within(30L)),
            s -> assertThat(s).isCloseTo(2_500L, within(30L)),
            s -> assertThat(s).isCloseTo(6_000L, within(30L)),
            s -> assertThat(s).isCloseTo(6_100L, within(30L)));
    TranscriptWord world = t.turns().get(1).words().get(1);
    assertThat(world.word()).isEqualTo("world");
    assertThat(world.startMs()).isCloseTo(3_400L, within(30L));
    assertThat(world.endMs()).isCloseTo(4_400L, within(30L));
  }

  @Test
  void measuresComeFromTheSameCall() throws Exception {
    ConversationMeasures m =
        transcriber
            .transcribe(recording(call(AudioCodec.PCM_S16LE), ChannelLayout.AGENT_LEFT))
            .measures();
    // Talk: agent 0.5-1.6 (the 200 ms pause is bridged) and 6.0-6.8; customer 2.5-3.0, 3.4-4.4
    // and 6.1-7.0, cutting in on the agent for 0.7 s.
    assertThat(m.parties())
        .extracting(p -> p.speaker())
        .containsExactly(Speaker.AGENT, Speaker.CUSTOMER);
    assertThat(m.parties().get(0).talkMs()).isEqualTo(1_100 + 800);
    assertThat(m.parties().get(1).talkMs()).isEqualTo(500 + 1_000 + 900);
    assertThat(m.overtalkMs()).isEqualTo(700);
    assertThat(m.interruptions())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.interrupter()).isEqualTo(Speaker.CUSTOMER);
              assertThat(i.atMs()).isEqualTo(6_100);
            });
    assertThat(m.parties().get(0).words()).isEqualTo(3);
    assertThat(m.parties().get(0).speakingRateUnit()).isEqualTo(RateUnit.WORDS_PER_MINUTE);
    assertThat(m.parties().get(0).speakingRate()).isEqualTo(Math.round(3 * 600 / 1.9) / 10.0);
  }

  @Test
  void agentRightSwapsTheSpeakers() throws Exception {
    Transcript t =
        transcriber.transcribe(recording(call(AudioCodec.PCM_MULAW), ChannelLayout.AGENT_RIGHT));
    assertThat(t.turns())
        .extracting(TranscriptTurn::speaker)
        .containsExactly(Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER, Speaker.AGENT);
    assertThat(t.layout()).isEqualTo(ChannelLayout.AGENT_RIGHT);
  }

  @Test
  void monoIsOneUnknownSpeaker() throws Exception {
    short[] mono = ToneTrack.silence(16_000, 5_000).bursts(500, 1_000, 1_500, 2_000).samples();
    Path file = WavWriter.write(dir.resolve("c9.wav"), 16_000, AudioCodec.PCM_S16LE, mono);
    Transcript t = transcriber.transcribe(recording(file, ChannelLayout.AGENT_LEFT));
    assertThat(t.layout()).isEqualTo(ChannelLayout.MONO);
    assertThat(t.turns())
        .singleElement()
        .satisfies(
            turn -> {
              assertThat(turn.speaker()).isEqualTo(Speaker.UNKNOWN);
              assertThat(turn.text()).isEqualTo("hello world");
            });
    assertThat(t.measures().parties())
        .singleElement()
        .satisfies(p -> assertThat(p.speaker()).isEqualTo(Speaker.UNKNOWN));
    assertThat(t.measures().overtalkMs()).isNull();
  }

  @Test
  void stereoAnnouncedAsMonoIsMixedDown() throws Exception {
    Transcript t =
        transcriber.transcribe(recording(call(AudioCodec.PCM_S16LE), ChannelLayout.MONO));
    // The mix has talk at 0.5-1.6, 2.5-3.0, 3.4-4.4 and 6.0-7.0 s: four stretches, one speaker.
    assertThat(t.turns()).extracting(TranscriptTurn::speaker).containsOnly(Speaker.UNKNOWN);
    assertThat(t.turns().stream().mapToInt(turn -> turn.words().size()).sum()).isEqualTo(5);
  }

  @Test
  void monoFileAnnouncedAsStereoIsRefused() throws Exception {
    Path file =
        WavWriter.write(dir.resolve("m.wav"), 8_000, AudioCodec.PCM_S16LE, new short[8_000]);
    Recording stereo =
        new Recording(
            "r",
            "c",
            file.toUri().toString(),
            AudioCodec.PCM_S16LE,
            8_000,
            2,
            ChannelLayout.AGENT_LEFT,
            1_000,
            16_044,
            1L,
            null,
            null,
            "test");
    assertThatThrownBy(() -> transcriber.transcribe(stereo))
        .isInstanceOf(BadAudioException.class)
        .hasMessage(file + ": has one channel, but its recording event says agent-left");
  }

  @Test
  void badAudioNamesTheFileAndTheReason() throws Exception {
    Path good = call(AudioCodec.PCM_S16LE);
    Recording r = recording(good, ChannelLayout.AGENT_LEFT);
    byte[] bytes = Files.readAllBytes(good);
    Files.write(good, Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> transcriber.transcribe(r))
        .isInstanceOf(BadAudioException.class)
        .hasMessageStartingWith(good.toString())
        .hasMessageContaining("truncated");
    Files.delete(good);
    assertThatThrownBy(() -> transcriber.transcribe(r)).hasMessageContaining("does not exist");
  }

  @Test
  void talkWithoutOneWordIsAnErrorNotAnEmptyTranscript() throws Exception {
    // This model's threshold is above anything the tones reach: it hears nothing.
    Path deaf =
        ToyVoskModel.of(List.of("x")).threshold(60).writeTo(dir.resolve("vosk-model-deaf-en"));
    try (VoskEngine e = VoskEngine.open(deaf, 1)) {
      Transcriber t =
          new Transcriber(
              e,
              SpeechOptions.from(
                  Map.of("speech.model", deaf.toString(), "speech.no-words-after", "PT3S"),
                  "test"));
      Path file = call(AudioCodec.PCM_S16LE);
      assertThatThrownBy(() -> t.transcribe(recording(file, ChannelLayout.AGENT_LEFT)))
          .isInstanceOf(BadAudioException.class)
          .hasMessageContaining("4.3 s of talk but not one word recognised")
          .hasMessageContaining("vosk-model-deaf-en (en, 16000 Hz)")
          .hasMessageContaining("8000 Hz recording");
      // A quiet call is fine: nothing said, nothing recognised.
      Path quiet =
          WavWriter.write(
              dir.resolve("q.wav"),
              8_000,
              AudioCodec.PCM_S16LE,
              new short[16_000],
              new short[16_000]);
      assertThat(t.transcribe(recording(quiet, ChannelLayout.AGENT_LEFT)).turns()).isEmpty();
    }
  }

  @Test
  void modelWithoutALanguageNeedsOneConfigured() {
    Path model = ToyVoskModel.of(ToyModels.ENGLISH).writeTo(dir.resolve("custom-model"));
    try (VoskEngine e = VoskEngine.open(model, 1)) {
      assertThatThrownBy(() -> new Transcriber(e, SpeechOptions.forModel(model)))
          .hasMessageContaining(
              "the language of the Vosk model "
                  + model
                  + " is not in its name: set speech.language");
      assertThat(new Transcriber(e, SpeechOptions.forModel(model).withLanguage("zh")).language())
          .isEqualTo("zh");
    }
  }
}
