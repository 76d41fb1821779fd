package io.callsight.jobs.transcribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranscribeOptionsTest {
  @Test
  void defaultsNeedOnlyAModel() {
    TranscribeOptions o = TranscribeOptions.from(Map.of("speech.model", "/models/cn"), "test");
    assertThat(o.groupId()).isEqualTo("callsight-transcribe");
    assertThat(o.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(o.parallelism()).isEqualTo(2);
    assertThat(o.inFlight()).isEqualTo(4);
    assertThat(o.timeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(o.speech().recognizers()).isEqualTo(2);
    assertThat(o.ownDomains()).isEmpty();
    assertThat(
            TranscribeOptions.from(
                    Map.of("speech.model", "m", "redaction.own-domains", "example.com,example.cn"),
                    "test")
                .ownDomains())
        .containsExactly("example.com", "example.cn");
  }

  @Test
  void unknownKeysAndMissingModelAreRefusedNamingTheFile() {
    assertThatThrownBy(
            () ->
                TranscribeOptions.from(
                    Map.of("speech.model", "m", "speech.recogniser", "3"), "transcribe.properties"))
        .hasMessageContaining("transcribe.properties: unknown option [speech.recogniser]");
    assertThatThrownBy(() -> TranscribeOptions.from(Map.of(), "transcribe.properties"))
        .hasMessageContaining("transcribe.properties: option speech.model is required");
    assertThatThrownBy(
            () ->
                TranscribeOptions.from(
                    Map.of("speech.model", "m", "transcribe.timeout", "PT0S"), "x"))
        .hasMessageContaining("transcribe.timeout must be positive");
    assertThatThrownBy(
            () ->
                TranscribeOptions.from(
                    Map.of("speech.model", "m", "flink.checkpoint-interval", "PT0.005S"), "x"))
        .hasMessage("x: flink.checkpoint-interval must be at least 10 ms");
    assertThatThrownBy(
            () ->
                TranscribeOptions.from(
                    Map.of("speech.model", "m", "redaction.own-domains", "example"), "x"))
        .hasMessage("x: redaction.own-domains: 'example' is not a domain name such as example.com");
  }
}
