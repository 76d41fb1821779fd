package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentEventType;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.Topic;
import io.callsight.testkit.KafkaReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator writes to a real broker through the service, and every event arrives once. */
class SimulateServiceITCase {
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  @Test
  void aSimulatedHourLandsOnTheTopicsEventForEvent(@TempDir Path dir) throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
      SimulateOptions options =
          SimulateOptions.builder()
              .pacing(Pacing.MAX)
              // 09:00 in the centre's zone: the busy morning.
              .start(Runs.MONDAY.plus(Duration.ofHours(9)))
              .duration(Duration.ofHours(1))
              .bootstrapServers(kafka.bootstrapServers())
              .callerHashKey("integration-test-caller-key")
              .partitions(2)
              .metricsPort(0)
              .build();

      SimulationSummary summary =
          new SimulateService(options, new PrintStream(new ByteArrayOutputStream())).run();

      List<CallEvent> calls =
          KafkaReader.readAll(
              kafka.bootstrapServers(),
              Topic.CALL_EVENTS,
              (int) summary.callEvents(),
              READ_TIMEOUT);
      List<AgentEvent> agents =
          KafkaReader.readAll(
              kafka.bootstrapServers(),
              Topic.AGENT_EVENTS,
              (int) summary.agentEvents(),
              READ_TIMEOUT);

      assertThat(summary.callEvents()).isGreaterThan(300);
      assertThat(calls).hasSize((int) summary.callEvents());
      // Log-ins and log-outs go out once per queue: every simulated agent event arrives, as one
      // canonical event or one per queue (ids "session#n" or "session#n@queue").
      assertThat(agents).extracting(AgentEvent::eventId).doesNotHaveDuplicates();
      assertThat(agents.stream().map(a -> a.eventId().replaceFirst("@.*$", "")).distinct())
          .hasSize((int) summary.agentEvents());
      assertThat(agents)
          .filteredOn(a -> a.type() == AgentEventType.LOGIN)
          .allSatisfy(a -> assertThat(a.queue()).isNotNull());
      assertThat(calls).extracting(CallEvent::eventId).doesNotHaveDuplicates();
      assertThat(calls).allSatisfy(e -> assertThat(e.source()).isEqualTo("simulator"));
      assertThat(calls).extracting(CallEvent::callerId).doesNotContainNull();
      long offered = summary.queues().stream().mapToLong(QueueSummary::offered).sum();
      assertThat(calls.stream().filter(e -> e.type().startsCall())).hasSize((int) offered);
    }
  }
}
