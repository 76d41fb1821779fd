package io.callsight.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsTest {
  static final Option<Duration> INTERVAL =
      Option.duration("kpi.interval", Duration.ofMinutes(15), "interval length");
  static final Option<Double> TARGET = Option.fraction("kpi.sl-target", 0.8, "target");

  @Test
  void shouldParseValuesAndFallBackToDefaults() {
    Map<String, String> values = Map.of("kpi.interval", "pt30m", "kpi.sl-target", "85%");
    assertThat(INTERVAL.from(values, "test")).isEqualTo(Duration.ofMinutes(30));
    assertThat(TARGET.from(values, "test")).isEqualTo(0.85);
    assertThat(INTERVAL.from(Map.of(), "test")).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void shouldNameTheOriginKeyAndValueOfABadValue() {
    assertThatThrownBy(() -> INTERVAL.from(Map.of("kpi.interval", "15 minutes"), "a.properties"))
        .hasMessage(
            "a.properties: option kpi.interval = '15 minutes' is not valid: expected an"
                + " ISO-8601 duration such as PT15M, PT20S or P7D");
    assertThatThrownBy(() -> TARGET.from(Map.of("kpi.sl-target", "1.5"), "a.properties"))
        .hasMessageContaining("must be between 0 and 1");
  }

  @Test
  void shouldRefuseUnknownKeysAndNameTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("callsight.properties");
    Files.writeString(file, "kpi.intervall=PT15M\nkpi.queue.sales.sl-threshold=PT15S\n");
    Map<String, String> values = Options.load(file);
    assertThatThrownBy(
            () ->
                Options.requireKnown(
                    values,
                    List.of(INTERVAL, TARGET),
                    k -> k.startsWith("kpi.queue."),
                    file.toString()))
        .hasMessageStartingWith(file + ": unknown option [kpi.intervall]")
        .hasMessageContaining("kpi.interval");
    assertThatThrownBy(() -> Options.load(dir.resolve("missing.properties")))
        .hasMessageContaining("missing.properties does not exist");
  }
}
