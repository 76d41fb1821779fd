package io.callsight.speech.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.speech.ToyModels;
import io.callsight.speech.synthetic.ToneTrack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real libvosk on the toy model: tone bursts at known times are words at known times. */
class VoskEngineTest {
  /** Vosk's output frames are 30 ms: a word's edges land within one frame of the burst's. */
  private static final long FRAME_MS = 30;

  private static final long[] BURSTS = {500, 1_000, 1_500, 2_400, 3_000, 3_300, 4_000, 5_000};

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {8_000, 16_000, 22_050, 44_100, 48_000})
  void burstsAreTheModelsWordsAtTheirTimesAtEveryRate(int rate) throws Exception {
    try (VoskEngine engine = VoskEngine.open(ToyModels.english(dir), 1)) {
      List<RecognisedWord> words =
          engine.recognise(ToneTrack.silence(rate, 6_000).bursts(BURSTS).samples(), rate);
      assertBursts(words, ToyModels.ENGLISH);
    }
  }

  @Test
  void aReusedRecogniserStillTimesFromTheStartOfEachSignal() throws Exception {
    try (VoskEngine engine = VoskEngine.open(ToyModels.english(dir), 1)) {
      short[] call = ToneTrack.silence(8_000, 6_000).bursts(BURSTS).samples();
      for (int round = 0; round < 3; round++) {
        assertBursts(engine.recognise(call, 8_000), ToyModels.ENGLISH);
      }
    }
  }

  @Test
  void threadsBeyondThePoolWaitTheirTurnAndAllGetTheirWords() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (VoskEngine engine = VoskEngine.open(ToyModels.english(dir), 2)) {
      short[] call = ToneTrack.silence(8_000, 6_000).bursts(BURSTS).samples();
      List<Future<List<RecognisedWord>>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        results.add(threads.submit(() -> engine.recognise(call, 8_000)));
      }
      for (Future<List<RecognisedWord>> r : results) {
        assertBursts(r.get(), ToyModels.ENGLISH);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void chineseWordsSurviveTheCLocale() throws Exception {
    // Surefire runs this module with LANG=C: without jna.encoding=UTF-8 these would be U+FFFD.
    assertThat(System.getenv("LANG")).isEqualTo("C");
    try (VoskEngine engine = VoskEngine.open(ToyModels.chinese(dir), 1)) {
      short[] call =
          ToneTrack.silence(16_000, 7_000)
              .bursts(500, 900, 1_200, 1_500, 2_000, 2_600, 3_000, 3_400, 4_000, 4_800)
              .samples();
      assertThat(engine.recognise(call, 16_000))
          .extracting(RecognisedWord::word)
          .containsExactly("您好", "请问", "有什么", "可以", "帮您");
    }
    assertThat(System.getProperty("jna.encoding")).isEqualTo("UTF-8");
  }

  @Test
  void oneModelIsLoadedPerFolderAndFreedWithItsLastUser() throws Exception {
    Path model = ToyModels.english(dir);
    int before = SharedModels.loaded();
    VoskEngine a = VoskEngine.open(model, 1);
    VoskEngine b = VoskEngine.open(dir.resolve("vosk-model-toy-en/../vosk-model-toy-en"), 1);
    assertThat(SharedModels.loaded()).isEqualTo(before + 1);
    a.close();
    assertThat(SharedModels.loaded()).isEqualTo(before + 1);
    assertThat(b.recognise(ToneTrack.silence(16_000, 6_000).bursts(BURSTS).samples(), 16_000))
        .hasSize(4);
    b.close();
    assertThat(SharedModels.loaded()).isEqualTo(before);
  }

  @Test
  void missingModelFolderSaysWhereToGetOne() {
    Path missing = dir.resolve("models/vosk-model-small-cn-0.22");
    assertThatThrownBy(() -> VoskEngine.open(missing, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the Vosk model folder " + missing + " does not exist")
        .hasMessageContaining("https://alphacephei.com/vosk/models")
        .hasMessageContaining("vosk-model-small-cn-0.22")
        .hasMessageContaining("vosk-model-small-en-us-0.15");
  }

  @Test
  void incompleteModelNamesTheMissingFile() throws Exception {
    Path model = ToyModels.english(dir);
    Files.delete(model.resolve("graph/phones/word_boundary.int"));
    Files.delete(model.resolve("graph/HCLG.fst"));
    assertThatThrownBy(() -> VoskEngine.open(model, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            model
                + " is incomplete: missing graph/phones/word_boundary.int,"
                + " graph/HCLG.fst (or graph/HCLr.fst with graph/Gr.fst)")
        .hasMessageContaining("https://alphacephei.com/vosk/models");
  }

  @Test
  void pointingAtTheFolderAboveTheModelSuggestsTheModel() {
    Path model = ToyModels.english(dir);
    assertThatThrownBy(() -> VoskEngine.open(dir, 1))
        .hasMessageContaining("missing am/final.mdl")
        .hasMessageContaining(model + " looks like a model: did you mean that folder?");
  }

  @Test
  void brokenModelIsRefusedAtLoadingNamingTheFolder() throws Exception {
    Path model = ToyModels.english(dir);
    Files.writeString(model.resolve("am/final.mdl"), "<TransitionModel> not really\n");
    assertThatThrownBy(() -> VoskEngine.open(model, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("libvosk could not load the model in " + model)
        .hasMessageContaining("one of them is broken");
  }

  @Test
  void languageComesFromTheModelsName() {
    assertThat(ModelFolder.check(ToyModels.chinese(dir)).languageFromName()).isEqualTo("zh");
    assertThat(ModelFolder.check(ToyModels.english(dir)).languageFromName()).isEqualTo("en");
    assertThat(
            new ModelFolder(
                    Path.of("vosk-model-small-en-us-0.15"), 16_000, "vosk-model-small-en-us-0.15")
                .languageFromName())
        .isEqualTo("en");
    assertThat(new ModelFolder(Path.of("m"), 16_000, "my-model").languageFromName()).isNull();
  }

  @Test
  void theModelsRateComesFromItsFeatureConfig() {
    assertThat(
            ModelFolder.check(
                    io.callsight.speech.synthetic.ToyVoskModel.of(ToyModels.ENGLISH)
                        .sampleRate(8_000)
                        .writeTo(dir.resolve("vosk-model-toy-8k")))
                .sampleRate())
        .isEqualTo(8_000);
  }

  @Test
  void aToyModelRefusesARepeatedWord() {
    // Its word table would map the second one to nothing, which decodes as an empty word.
    assertThatThrownBy(
            () -> io.callsight.speech.synthetic.ToyVoskModel.of(List.of("oh", "one", "oh")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the words of a model must differ: 'oh' is listed twice");
  }

  private static void assertBursts(List<RecognisedWord> words, List<String> list) {
    assertThat(words).extracting(RecognisedWord::word).containsExactlyElementsOf(list);
    for (int i = 0; i < words.size(); i++) {
      assertThat(words.get(i).startMs())
          .as("start of %s", list.get(i))
          .isCloseTo(BURSTS[2 * i], org.assertj.core.api.Assertions.within(FRAME_MS));
      assertThat(words.get(i).endMs())
          .as("end of %s", list.get(i))
          .isCloseTo(BURSTS[2 * i + 1], org.assertj.core.api.Assertions.within(FRAME_MS));
      assertThat(words.get(i).conf()).isBetween(0.0, 1.0);
    }
  }
}
