package io.callsight.jobs.transcribe.flink;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.jobs.transcribe.TranscribeOptions;
import io.callsight.speech.synthetic.ToyVoskModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model the job cannot use stops it before it is submitted, not in a restart loop later. */
class TranscribeJobStartTest {
  @TempDir Path dir;

  @Test
  void aMissingModelStopsTheJobNamingTheFolder() {
    Path missing = dir.resolve("vosk-model-small-cn-0.22");
    assertThatThrownBy(() -> start(missing))
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("alphacephei.com/vosk/models");
  }

  @Test
  void aModelWhoseLanguageIsUnknownStopsTheJobNamingTheFolderAndTheOption() {
    Path model = ToyVoskModel.of(List.of("hello")).writeTo(dir.resolve("my-model"));
    assertThatThrownBy(() -> start(model))
        .hasMessageContaining("the language of the Vosk model " + model)
        .hasMessageContaining("set speech.language");
  }

  private static void start(Path model) throws Exception {
    TranscribeJob.runOnKafka(
        StreamExecutionEnvironment.getExecutionEnvironment(),
        TranscribeOptions.from(Map.of("speech.model", model.toString()), "test"));
  }
}
