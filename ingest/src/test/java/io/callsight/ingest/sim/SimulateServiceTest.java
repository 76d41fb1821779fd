package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateServiceTest {
  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

  @Test
  void writesAQueueLogAndStopsAfterExactlyTheGivenNumberOfEvents(@TempDir Path dir)
      throws Exception {
    Path queueLog = dir.resolve("asterisk/queue_log");
    SimulateOptions options =
        SimulateOptions.builder()
            .pacing(Pacing.MAX)
            .start(Runs.MONDAY)
            .events(2_000L)
            .queueLog(queueLog)
            .metricsPort(-1)
            .build();

    SimulationSummary summary = service(options).run();

    assertThat(summary.events()).isEqualTo(2_000);
    List<String> lines = Files.readAllLines(queueLog);
    assertThat(lines).hasSizeGreaterThan(1_000);
    assertThat(lines.get(0)).contains("|ADDMEMBER|");
    assertThat(progress.toString(StandardCharsets.UTF_8))
        .contains("simulating profile small")
        .contains("done:")
        .contains("2,000 events")
        .containsPattern("support +offered \\d+ · answered \\d+ · service level");
  }

  @Test
  void appendsToAnExistingQueueLog(@TempDir Path dir) throws Exception {
    Path queueLog = dir.resolve("queue_log");
    Files.writeString(queueLog, "1740000000|NONE|NONE|NONE|QUEUESTART|\n");
    SimulateOptions options =
        SimulateOptions.builder()
            .pacing(Pacing.MAX)
            .start(Runs.MONDAY)
            .duration(Duration.ofHours(1))
            .queueLog(queueLog)
            .metricsPort(-1)
            .build();

    service(options).run();

    assertThat(Files.readAllLines(queueLog)).first().asString().endsWith("QUEUESTART|");
    assertThat(Files.readAllLines(queueLog)).hasSizeGreaterThan(1);
  }

  @Test
  void stopEndsARealTimeRunThatHasNoLimit(@TempDir Path dir) throws Exception {
    SimulateOptions options =
        SimulateOptions.builder().queueLog(dir.resolve("queue_log")).metricsPort(0).build();
    SimulateService service = service(options);

    CompletableFuture<SimulationSummary> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return service.run();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    service.stop();

    assertThat(run.get(30, TimeUnit.SECONDS).simulatedUntil()).isNotNull();
    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("done:");
  }

  private SimulateService service(SimulateOptions options) {
    return new SimulateService(options, new PrintStream(progress, true, StandardCharsets.UTF_8));
  }
}
