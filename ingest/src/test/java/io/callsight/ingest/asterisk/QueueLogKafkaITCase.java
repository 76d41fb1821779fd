package io.callsight.ingest.asterisk;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.Topic;
import io.callsight.testkit.KafkaReader;
import io.callsight.testkit.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follower writing the real queue_log through the Kafka sink to a real broker. */
class QueueLogKafkaITCase {
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final Pattern METRICS_URL = Pattern.compile("metrics at (http://\\S+)");

  @TempDir static Path dir;
  static EmbeddedKafka kafka;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start(dir.resolve("kafka"));
  }

  @AfterAll
  static void stopKafka() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void aFollowedQueueLogLandsInKafkaOnceAcrossARestart() throws Exception {
    Path file = Files.createDirectories(dir.resolve("asterisk")).resolve("queue_log");
    Files.copy(SharedData.voipReportsQueueLog(), file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    QueueLogIngestOptions options =
        QueueLogIngestOptions.builder(file, VoipReportsQueueLogTest.KEY)
            .follow(true)
            .offsetsFile(dir.resolve("queue_log.offsets.json"))
            .bootstrapServers(kafka.bootstrapServers())
            .metricsHost("127.0.0.1")
            .metricsPort(0)
            .pollInterval(Duration.ofMillis(50))
            .build();
    long calls = VoipReportsQueueLogTest.CALL_EVENTS;
    long agents = VoipReportsQueueLogTest.AGENT_EVENTS;
    long deadLetters = VoipReportsQueueLogTest.UNKNOWN_EVENTS;

    String metrics = follow(options, Map.of(Topic.CALL_EVENTS, calls, Topic.AGENT_EVENTS, agents));

    assertThat(recordsIn(Topic.CALL_EVENTS)).isEqualTo(calls);
    assertThat(recordsIn(Topic.AGENT_EVENTS)).isEqualTo(agents);
    assertThat(recordsIn(Topic.DEAD_LETTERS)).isEqualTo(deadLetters);
    List<CallEvent> callEvents = read(Topic.CALL_EVENTS, calls);
    assertThat(callEvents.stream().collect(groupingBy(CallEvent::type, counting())))
        .isEqualTo(VoipReportsQueueLogTest.CALLS_BY_TYPE);
    List<AgentEvent> agentEvents = read(Topic.AGENT_EVENTS, agents);
    assertThat(agentEvents.stream().map(AgentEvent::agentId).collect(Collectors.toSet()))
        .isEqualTo(VoipReportsQueueLogTest.AGENT_IDS);
    List<DeadLetter> letters = read(Topic.DEAD_LETTERS, deadLetters);
    assertThat(letters.stream().collect(groupingBy(d -> d.payload().split("\\|")[4], counting())))
        .isEqualTo(VoipReportsQueueLogTest.DEAD_LETTERS_BY_VENDOR_EVENT);
    assertThat(letters)
        .allSatisfy(
            d -> {
              assertThat(d.reasonCode()).isEqualTo(DeadLetterReason.UNKNOWN_EVENT);
              int line = Integer.parseInt(d.location().substring("queue_log:".length()));
              assertThat(d.payload()).isEqualTo(lines.get(line - 1));
            });
    assertThat(metrics)
        .contains("callsight_ingest_records_read_total{source=\"asterisk-queue-log\"} 1000.0")
        .contains(
            "callsight_ingest_records_dead_lettered_total{reason=\"UNKNOWN_EVENT\",source="
                + "\"asterisk-queue-log\"} 257.0");

    Files.writeString(
        file,
        "1543940000|1543939990.1900|IT|NONE|ENTERQUEUE||55500000001|1\n"
            + "1543940002|1543939990.1900|NONE|Agent/1126|OUTDIAL|5550000002\n"
            + "1543940030|1543939990.1900|IT|NONE|ABANDON|1|1|40\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    follow(options, Map.of(Topic.CALL_EVENTS, calls + 2, Topic.DEAD_LETTERS, deadLetters + 1));

    assertThat(recordsIn(Topic.CALL_EVENTS)).isEqualTo(calls + 2);
    assertThat(recordsIn(Topic.AGENT_EVENTS)).isEqualTo(agents);
    assertThat(recordsIn(Topic.DEAD_LETTERS)).isEqualTo(deadLetters + 1);
    assertThat(read(Topic.CALL_EVENTS, calls + 2))
        .extracting(e -> ((CallEvent) e).eventId())
        .doesNotHaveDuplicates();
  }

  /**
   * Runs the service until the topics hold the given numbers of records, stops it, and returns the
   * metrics it served just before stopping.
   */
  private String follow(QueueLogIngestOptions options, Map<Topic, Long> until) throws Exception {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try (QueueLogIngest ingest =
        QueueLogIngest.connect(options, new PrintStream(stderr, true, StandardCharsets.UTF_8))) {
      CompletableFuture<QueueLogTally> run =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return ingest.run();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      long deadline = System.nanoTime() + DEADLINE.toNanos();
      for (Map.Entry<Topic, Long> expected : until.entrySet()) {
        while (recordsIn(expected.getKey()) < expected.getValue()) {
          assertThat(run).as("the service is still running").isNotDone();
          assertThat(System.nanoTime()).as("records arrived in time").isLessThan(deadline);
          Thread.sleep(50);
        }
      }
      Matcher url = METRICS_URL.matcher(stderr.toString(StandardCharsets.UTF_8));
      assertThat(url.find()).as("the metrics address is printed").isTrue();
      String metrics = scrape(url.group(1));
      ingest.stop();
      run.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
      assertThat(stderr.toString(StandardCharsets.UTF_8))
          .contains("writing to Kafka at " + kafka.bootstrapServers())
          .contains("following " + options.file());
      return metrics;
    }
  }

  private static String scrape(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** How many records the topic holds: its end offsets (no transactions, so no markers). */
  private static long recordsIn(Topic topic) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of("bootstrap.servers", kafka.bootstrapServers()),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      Set<TopicPartition> partitions =
          consumer.partitionsFor(topic.topicName()).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .collect(Collectors.toSet());
      return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private static <T> List<T> read(Topic topic, long count) {
    List<T> records = KafkaReader.readAll(kafka.bootstrapServers(), topic, (int) count, DEADLINE);
    assertThat(records).hasSize((int) count);
    return records;
  }
}
