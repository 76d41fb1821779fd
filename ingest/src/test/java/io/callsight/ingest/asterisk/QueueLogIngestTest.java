package io.callsight.ingest.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.ingest.CollectingEventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.testkit.SharedData;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueLogIngestTest {
  private static final String KEY = VoipReportsQueueLogTest.KEY;

  @TempDir Path dir;

  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final PrintStream progress = new PrintStream(stderr, true, StandardCharsets.UTF_8);
  private final CollectingEventSink sink = new CollectingEventSink();
  private final IngestMetrics metrics =
      new IngestMetrics(new SimpleMeterRegistry(), QueueLogParser.SOURCE);

  private String progressText() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onceReadsTheWholeFileAndSaysWhatItHeld() throws Exception {
    Path file = SharedData.voipReportsQueueLog();
    QueueLogIngestOptions options = QueueLogIngestOptions.builder(file, KEY).build();

    QueueLogTally tally = new QueueLogIngest(options, sink, metrics, progress).run();

    assertThat(tally.records()).isEqualTo(VoipReportsQueueLogTest.LINES);
    assertThat(sink.calls).hasSize(VoipReportsQueueLogTest.CALL_EVENTS);
    assertThat(progressText())
        .contains("reading " + file.toAbsolutePath() + " once")
        .contains(
            "1000 lines: 665 call events, 60 agent events, 257 dead letters,"
                + " 18 system lines ignored");
  }

  @Test
  void followRunsUntilStoppedAndKeepsItsPosition() throws Exception {
    Path file = dir.resolve("queue_log");
    Files.copy(SharedData.voipReportsQueueLog(), file);
    Path offsets = dir.resolve("queue_log.offsets.json");
    QueueLogIngestOptions options =
        QueueLogIngestOptions.builder(file, KEY)
            .follow(true)
            .offsetsFile(offsets)
            .pollInterval(Duration.ofMillis(20))
            .build();
    QueueLogIngest ingest = new QueueLogIngest(options, sink, metrics, progress);

    CompletableFuture<QueueLogTally> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return ingest.run();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (metrics.registry().get("callsight.ingest.records.read").counter().count() < 1000) {
      assertThat(System.nanoTime()).as("all lines read in time").isLessThan(deadline);
      Thread.sleep(10);
    }
    ingest.stop();

    assertThat(run.get(10, TimeUnit.SECONDS).records()).isEqualTo(1000);
    assertThat(new OffsetStore(offsets).load())
        .hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(1000));
    assertThat(progressText())
        .contains("following " + file)
        .contains("position kept in " + offsets);
  }

  @Test
  void optionsDefaultToALocalBrokerAndAnOffsetsFileNamedAfterTheQueueLog() {
    QueueLogIngestOptions options =
        QueueLogIngestOptions.builder(SharedData.voipReportsQueueLog(), KEY).build();

    assertThat(options.follow()).isFalse();
    assertThat(options.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(options.offsetsFile()).isEqualTo(Path.of("voipreports1.queue_log.offsets.json"));
    assertThat(options.metricsPort()).isEqualTo(9401);
    assertThat(options.pollInterval()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void badOptionsAreRefusedWithWhatIsWrong() {
    Path file = SharedData.voipReportsQueueLog();

    assertThatThrownBy(() -> QueueLogIngestOptions.builder(file, "short").build())
        .hasMessageContaining("caller-hash key must be at least 16 bytes");
    assertThatThrownBy(() -> QueueLogIngestOptions.builder(file, null).build())
        .hasMessageContaining("a caller-hash key is required");
    assertThatThrownBy(() -> QueueLogIngestOptions.builder(dir.resolve("nope"), KEY).build())
        .hasMessage("the queue_log file " + dir.resolve("nope") + " does not exist");
    assertThatThrownBy(
            () ->
                QueueLogIngestOptions.builder(dir.resolve("no/such/folder/queue_log"), KEY)
                    .follow(true)
                    .build())
        .hasMessageContaining("its folder " + dir.resolve("no/such/folder") + " does not exist");
    assertThatThrownBy(() -> QueueLogIngestOptions.builder(file, KEY).metricsPort(70000).build())
        .hasMessage("the metrics port must be within 0..65535, was 70000");
    assertThatThrownBy(
            () -> QueueLogIngestOptions.builder(file, KEY).pollInterval(Duration.ZERO).build())
        .hasMessage("the poll interval must be positive, was PT0S");
    assertThatThrownBy(() -> QueueLogIngestOptions.builder(file, KEY).bootstrapServers(" ").build())
        .hasMessage("the Kafka bootstrap servers are required");
  }

  @Test
  void aFollowerCanBeStartedForAFileThatDoesNotExistYet() {
    QueueLogIngestOptions options =
        QueueLogIngestOptions.builder(dir.resolve("queue_log"), KEY).follow(true).build();

    assertThat(options.file()).isEqualTo(dir.resolve("queue_log"));
  }
}
