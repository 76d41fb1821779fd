package io.callsight.jobs.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJobMain;
import io.callsight.jobs.transcribe.TranscribeOptions;
import io.callsight.jobs.transcribe.flink.TranscribeJobMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobArgumentsTest {
  @TempDir Path dir;

  @Test
  void readsTheConfigFileAndLetsArgumentsOverrideIt() throws Exception {
    Path config = dir.resolve("kpi.properties");
    Files.writeString(
        config,
        "kafka.bootstrap-servers=kafka:9092\nflink.parallelism=4\nkpi.sl-threshold=PT15S\n");

    KpiOptions o =
        KpiJobMain.options(
            List.of("--config", config.toString(), "flink.parallelism=8", "kpi.interval=PT30M"));

    assertThat(o.bootstrapServers()).isEqualTo("kafka:9092");
    assertThat(o.parallelism()).isEqualTo(8);
    assertThat(o.defaultTargets().slThreshold()).isEqualTo(Duration.ofSeconds(15));
    assertThat(o.intervals().endOf(0)).isEqualTo(Duration.ofMinutes(30).toMillis());
  }

  @Test
  void theTranscriptionJobReadsItsOwnOptionsTheSameWay() throws Exception {
    Path config = dir.resolve("transcribe.properties");
    Files.writeString(config, "speech.model=/opt/callsight/vosk-model\nspeech.recognizers=2\n");

    TranscribeOptions o =
        TranscribeJobMain.options(
            List.of("--config", config.toString(), "kafka.bootstrap-servers=kafka:9092"));

    assertThat(o.bootstrapServers()).isEqualTo("kafka:9092");
    assertThat(o.speech().modelDir()).isEqualTo("/opt/callsight/vosk-model");
    assertThat(o.speech().recognizers()).isEqualTo(2);
    assertThatThrownBy(() -> TranscribeJobMain.options(List.of("kpi.interval=PT30M")))
        .hasMessageContaining("unknown option")
        .hasMessageContaining("kpi.interval");
  }

  @Test
  void withoutArgumentsTheDefaultsHold() {
    KpiOptions o = KpiJobMain.options(List.of());
    assertThat(o.bootstrapServers()).isEqualTo(KpiOptions.BOOTSTRAP.defaultValue());
    assertThat(o.parallelism())
        .isEqualTo(KpiOptions.KPI_PARALLELISM.defaultValue())
        .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    assertThat(o.checkpointInterval()).isEqualTo(KpiOptions.CHECKPOINT.defaultValue());
  }

  @Test
  void refusesWhatItDoesNotUnderstand() {
    assertThatThrownBy(() -> JobArguments.parse(List.of("--kafka", "x:1"), "usage: x"))
        .hasMessageContaining("unexpected argument '--kafka'")
        .hasMessageContaining("usage: x");
    assertThatThrownBy(() -> JobArguments.parse(List.of("--config"), "usage: x"))
        .hasMessageContaining("--config needs a file");
    assertThatThrownBy(() -> KpiJobMain.options(List.of("kafka.bootstrap=x:1")))
        .hasMessageContaining("unknown option")
        .hasMessageContaining("kafka.bootstrap");
    assertThatThrownBy(
            () -> JobArguments.parse(List.of("--config", dir.resolve("nope").toString()), "u"))
        .hasMessageContaining("does not exist");
  }
}
