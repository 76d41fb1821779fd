package io.callsight.ingest.ami;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.Topic;
import io.callsight.testkit.KafkaReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmiIngestITCase {
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  @TempDir static Path dir;
  private static EmbeddedKafka kafka;

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream progress = new PrintStream(output, true, UTF_8);

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start(dir.resolve("kafka"));
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  @Test
  void theAmiStreamLandsOnTheKafkaTopicsWithMetricsAndProgressForPeople() throws Exception {
    try (ScriptedAmiPeer peer = QueueCallsFixture.startPeer();
        AmiIngest ingest =
            AmiIngest.start(options(peer.port(), QueueCallsFixture.SECRET, 0), progress)) {
      List<CallEvent> calls =
          KafkaReader.readAll(
              kafka.bootstrapServers(),
              Topic.CALL_EVENTS,
              QueueCallsFixture.callEventCount(),
              READ_TIMEOUT);
      List<AgentEvent> agents =
          KafkaReader.readAll(
              kafka.bootstrapServers(),
              Topic.AGENT_EVENTS,
              QueueCallsFixture.AGENTS.size(),
              READ_TIMEOUT);
      List<DeadLetter> deadLetters =
          KafkaReader.readAll(kafka.bootstrapServers(), Topic.DEAD_LETTERS, 1, READ_TIMEOUT);

      // Kafka keeps each call's (and each agent's) events in order: they share a partition key.
      assertThat(QueueCallsFixture.byCall(calls)).isEqualTo(QueueCallsFixture.CALLS);
      assertThat(agents)
          .extracting(QueueCallsFixture::describe)
          .containsExactlyInAnyOrderElementsOf(QueueCallsFixture.AGENTS);
      assertThat(agents)
          .filteredOn(a -> a.agentId().equals("1129"))
          .extracting(QueueCallsFixture::describe)
          .containsExactly("1129 LOGIN sales", "1129 READY sales", "1129 LOGOUT sales");
      assertThat(deadLetters)
          .extracting(DeadLetter::reason)
          .containsExactly(QueueCallsFixture.DEAD_LETTER_REASON);

      String scrape = get(ingest.metricsUrl());
      assertThat(scrape)
          .contains(
              "callsight_ingest_records_read_total{source=\"asterisk-ami\"} "
                  + QueueCallsFixture.amiEvents(),
              "callsight_ingest_ami_connected{source=\"asterisk-ami\"} 1");
      String summary =
          "read "
              + QueueCallsFixture.amiEvents()
              + " AMI events: "
              + QueueCallsFixture.callEventCount()
              + " call events, 11 agent events, 1 dead letters";
      awaitOutput(summary);
      assertThat(output.toString(UTF_8))
          .contains(
              "ami-ingest: making sure the topics exist on Kafka at " + kafka.bootstrapServers(),
              "ami-ingest: connected to Asterisk at 127.0.0.1:" + peer.port(),
              "ami-ingest: staffing now: 3 queue members in 2 queues, 1 calls waiting");
    }
    assertThat(output.toString(UTF_8)).contains("ami-ingest: stopping; read ");
  }

  @Test
  void aWrongSecretStopsTheStartWithAClearErrorAndLeavesNothingRunning() throws Exception {
    int metricsPort;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      metricsPort = free.getLocalPort();
    }
    try (ScriptedAmiPeer peer = QueueCallsFixture.startPeer()) {
      assertThatThrownBy(
              () -> AmiIngest.start(options(peer.port(), "wrong-secret", metricsPort), progress))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "Asterisk at 127.0.0.1:"
                  + peer.port()
                  + " refused the AMI login of user 'callsight'");
    }
    try (ServerSocket metricsPortAgain =
        new ServerSocket(metricsPort, 1, InetAddress.getLoopbackAddress())) {
      assertThat(metricsPortAgain.getLocalPort())
          .as("the metrics port was released")
          .isEqualTo(metricsPort);
    }
  }

  private static AmiIngestOptions options(int amiPort, String secret, int metricsPort) {
    return new AmiIngestOptions(
        new AmiEndpoint("127.0.0.1", amiPort, QueueCallsFixture.USER, secret),
        kafka.bootstrapServers(),
        "callsight-test-key-0001",
        "127.0.0.1",
        metricsPort,
        2,
        AmiIngestOptions.DEFAULT_CALL_TTL,
        AmiIngestOptions.DEFAULT_EXIT_REASON_WAIT,
        Duration.ofMillis(200));
  }

  private static String get(String url) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    return client
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private void awaitOutput(String text) throws InterruptedException {
    long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
    while (!output.toString(UTF_8).contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no progress line with '" + text + "' in:\n" + output.toString(UTF_8));
      }
      Thread.sleep(50);
    }
  }
}
