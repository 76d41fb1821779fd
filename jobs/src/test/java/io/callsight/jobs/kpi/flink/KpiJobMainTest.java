package io.callsight.jobs.kpi.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.jobs.kpi.KpiOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiJobMainTest {
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
  void withoutArgumentsTheDefaultsHold() {
    KpiOptions o = KpiJobMain.options(List.of());
    assertThat(o.bootstrapServers()).isEqualTo(KpiOptions.BOOTSTRAP.defaultValue());
    assertThat(o.parallelism()).isEqualTo(KpiOptions.PARALLELISM.defaultValue());
    assertThat(o.checkpointInterval()).isEqualTo(KpiOptions.CHECKPOINT.defaultValue());
  }

  @Test
  void refusesWhatItDoesNotUnderstand() {
    assertThatThrownBy(() -> KpiJobMain.options(List.of("--kafka", "x:1")))
        .hasMessageContaining("unexpected argument '--kafka'")
        .hasMessageContaining("usage");
    assertThatThrownBy(() -> KpiJobMain.options(List.of("--config")))
        .hasMessageContaining("--config needs a file");
    assertThatThrownBy(() -> KpiJobMain.options(List.of("kafka.bootstrap=x:1")))
        .hasMessageContaining("unknown option")
        .hasMessageContaining("kafka.bootstrap");
    assertThatThrownBy(
            () -> KpiJobMain.options(List.of("--config", dir.resolve("nope").toString())))
        .hasMessageContaining("does not exist");
  }
}
