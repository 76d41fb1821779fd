package io.callsight.ingest.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AmiIngestOptionsTest {
  private static final AmiEndpoint AMI = new AmiEndpoint("pbx1", 5038, "callsight", "s3cret");

  @Test
  void secretsNeverShowInTheTextOfTheOptions() {
    AmiIngestOptions options = options("a-caller-hash-key-of-32-bytes!!!", 0, Duration.ofHours(4));

    assertThat(options.toString())
        .contains("callsight@pbx1:5038", "kafka1:9092")
        .doesNotContain("s3cret", "a-caller-hash-key");
  }

  @Test
  void aShortCallerHashKeyIsRefused() {
    assertThatThrownBy(() -> options("too-short", 0, Duration.ofHours(4)))
        .hasMessage("the caller-hash key must be at least 16 bytes");
  }

  @Test
  void badNumbersAreRefusedNamingTheValue() {
    assertThatThrownBy(
            () -> options("a-caller-hash-key-of-32-bytes!!!", 70000, Duration.ofHours(4)))
        .hasMessage("the metrics port must be within 0..65535, was 70000");
    assertThatThrownBy(() -> options("a-caller-hash-key-of-32-bytes!!!", 0, Duration.ZERO))
        .hasMessage("the call time-to-live must be positive, was PT0S");
    assertThatThrownBy(() -> new AmiEndpoint("pbx1", 0, "callsight", "s3cret"))
        .hasMessage("the AMI port must be 1-65535, was 0");
  }

  @Test
  void anIpv6HostIsBracketedInTheAddress() {
    assertThat(new AmiEndpoint("::1", 5038, "callsight", "x").address()).isEqualTo("[::1]:5038");
  }

  private static AmiIngestOptions options(String key, int metricsPort, Duration ttl) {
    return new AmiIngestOptions(
        AMI,
        "kafka1:9092",
        key,
        AmiIngestOptions.DEFAULT_METRICS_HOST,
        metricsPort,
        AmiIngestOptions.DEFAULT_TOPIC_PARTITIONS,
        ttl,
        AmiIngestOptions.DEFAULT_EXIT_REASON_WAIT,
        AmiIngestOptions.DEFAULT_PROGRESS_INTERVAL);
  }
}
