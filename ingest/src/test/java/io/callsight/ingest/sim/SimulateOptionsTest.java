package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SimulateOptionsTest {
  private static SimulateOptions.Builder toQueueLog() {
    return SimulateOptions.builder().queueLog(Path.of("queue_log"));
  }

  @Test
  void defaultsSimulateTheSmallCentreInRealTime() {
    SimulateOptions options = toQueueLog().build();

    assertThat(options.profile()).isEqualTo("small");
    assertThat(options.pacing()).isEqualTo(Pacing.REALTIME);
    assertThat(options.speed()).isEqualTo(1.0);
    assertThat(options.metricsPort()).isEqualTo(SimulateOptions.DEFAULT_METRICS_PORT);
    assertThat(options.limits()).isEqualTo(RunLimits.NONE);
  }

  @Test
  void scalesAndZoneChangeTheProfile() {
    SimulationConfig config =
        toQueueLog()
            .profile("medium")
            .arrivalScale(2)
            .staffScale(0.5)
            .zone(ZoneId.of("Europe/Berlin"))
            .build()
            .config();
    SimulationConfig medium = Profiles.medium();

    assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(config.teams())
        .extracting(TeamConfig::agents)
        .isEqualTo(medium.teams().stream().map(t -> (int) Math.round(t.agents() * 0.5)).toList());
    assertThat(config.queues().get(0).arrivalsPerHour())
        .isEqualTo(medium.queues().get(0).arrivalsPerHour() * 2);
  }

  @Test
  void maxPacingStartsWhereToldAndStopsAtTheLimits() {
    Instant start = Instant.parse("2025-01-06T00:00:00Z");
    SimulateOptions options =
        toQueueLog()
            .pacing(Pacing.MAX)
            .start(start)
            .duration(Duration.ofHours(1))
            .events(500L)
            .build();

    assertThat(options.pacer().start()).isEqualTo(start.toEpochMilli());
    assertThat(options.limits()).isEqualTo(new RunLimits(Duration.ofHours(1), 500));
  }

  @Test
  void rejectsBadValuesNamingTheOption() {
    assertRejected(toQueueLog().profile("huge"), "--profile");
    assertRejected(toQueueLog().speed(0), "--speed");
    assertRejected(toQueueLog().pacing(Pacing.MAX), "--pacing max needs --duration or --events");
    assertRejected(toQueueLog().pacing(Pacing.MAX).events(10L).speed(2), "--speed");
    assertRejected(toQueueLog().start(Instant.now()), "--start");
    assertRejected(toQueueLog().duration(Duration.ZERO), "--duration");
    assertRejected(toQueueLog().events(0L), "--events");
    assertRejected(toQueueLog().metricsPort(70000), "--metrics-port");
    assertRejected(toQueueLog().partitions(0), "--partitions");
    assertRejected(toQueueLog().arrivalScale(-1), "--arrival-scale");
    assertRejected(toQueueLog().staffScale(Double.NaN), "--staff-scale");
    assertRejected(SimulateOptions.builder(), "--bootstrap-servers");
    assertRejected(toQueueLog().bootstrapServers("localhost:9092"), "--queue-log");
    assertRejected(
        SimulateOptions.builder().bootstrapServers("localhost:9092").callerHashKey("short"),
        "--caller-hash-key");
  }

  private static void assertRejected(SimulateOptions.Builder options, String message) {
    assertThatThrownBy(options::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
