package io.callsight.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeechOptionsTest {
  @Test
  void defaultsNeedOnlyTheModel() {
    SpeechOptions o = SpeechOptions.from(Map.of("speech.model", "/models/cn"), "test");
    assertThat(o.modelDir()).isEqualTo("/models/cn");
    assertThat(o.language()).isNull();
    assertThat(o.recognizers()).isEqualTo(2);
    assertThat(o.turnGap()).isEqualTo(Duration.ofMillis(1_500));
    assertThat(o.measures().talkThresholdDbfs()).isEqualTo(-40.0);
    assertThat(o.measures().minOverlap()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void everyThresholdIsConfigurable() {
    SpeechOptions o =
        SpeechOptions.from(
            Map.of(
                "speech.model", "m",
                "speech.language", "zh",
                "speech.recognizers", "4",
                "speech.talk-threshold", "-35 dBFS",
                "speech.min-silence", "PT5S",
                "speech.min-overlap", "PT1S",
                "speech.bridge", "PT0.2S",
                "speech.min-talk", "PT0.05S",
                "speech.turn-gap", "PT2S"),
            "test");
    assertThat(o.language()).isEqualTo("zh");
    assertThat(o.recognizers()).isEqualTo(4);
    assertThat(o.measures().talkThresholdDbfs()).isEqualTo(-35.0);
    assertThat(o.measures().minSilence()).isEqualTo(Duration.ofSeconds(5));
    assertThat(o.measures().minOverlap()).isEqualTo(Duration.ofSeconds(1));
    assertThat(o.turnGap()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void badValuesNameTheOptionAndWhereItCameFrom() {
    assertThatThrownBy(() -> SpeechOptions.from(Map.of(), "job.properties"))
        .hasMessageContaining("job.properties: option speech.model is required");
    assertThatThrownBy(
            () ->
                SpeechOptions.from(
                    Map.of("speech.model", "m", "speech.talk-threshold", "6"), "job.properties"))
        .hasMessageContaining("job.properties: option speech.talk-threshold = '6' is not valid")
        .hasMessageContaining("must be below 0 dBFS");
    assertThatThrownBy(
            () -> SpeechOptions.from(Map.of("speech.model", "m", "speech.recognizers", "0"), "x"))
        .hasMessageContaining("speech.recognizers = '0' is not valid: must be at least 1");
  }
}
