package io.callsight.jobs.kpi.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.common.KafkaTopics;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.Alert;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.QueueKpi;
import io.callsight.schemas.QueueSnapshot;
import io.callsight.schemas.Topic;
import io.callsight.testkit.AgentScript;
import io.callsight.testkit.CallScript;
import io.callsight.testkit.KafkaReader;
import io.callsight.testkit.KafkaWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** call-events and agent-events on a real broker → KpiJob on MiniCluster → every output topic. */
class KpiJobKafkaITCase {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void shouldTurnEventsOnKafkaIntoCommittedKpiRowsSnapshotsAlertsAndDeadLetters(@TempDir Path dir)
      throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
      String bootstrap = kafka.bootstrapServers();
      KafkaTopics.ensure(bootstrap, List.of(Topic.values()), 2, Duration.ofSeconds(30));
      // Live data: event times are now, so the wall-board clock and the job's agree. The calls
      // and their ends take 35 s; they start early enough to fall in one 15-minute interval, or
      // the watermark may close the first before the test reads a row (one row holds them all).
      Instant start = Instant.now().minus(Duration.ofMinutes(1));
      long quarter = Duration.ofMinutes(15).toMillis();
      long quarterEnd = (start.toEpochMilli() / quarter + 1) * quarter;
      if (quarterEnd - start.toEpochMilli() < Duration.ofSeconds(45).toMillis()) {
        start = Instant.ofEpochMilli(quarterEnd).minus(Duration.ofSeconds(45));
      }
      List<CallEvent> calls = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        CallScript call = CallScript.inbound("c" + i, "sales", start.plusSeconds(i), "13800" + i);
        calls.addAll(i < 9 ? call.events() : call.answer("1127", 3).end(20).events());
      }
      KpiOptions options =
          KpiOptions.from(
              Map.of(
                  "kafka.bootstrap-servers", bootstrap,
                  "kafka.group-id", "kpi-itcase",
                  "kpi.source-idleness", "PT1S",
                  "kpi.waiting-limit", "5",
                  "flink.checkpoint-interval", "PT0.5S"),
              "test");
      JobClient job =
          KpiJob.runOnKafka(StreamExecutionEnvironment.getExecutionEnvironment(), options);
      try (KafkaWriter writer = new KafkaWriter(bootstrap)) {
        for (CallEvent e : calls) {
          writer.send(Topic.CALL_EVENTS, e.callId(), e);
        }
        AgentScript.agent("1127", start)
            .login(0, "sales")
            .events()
            .forEach(e -> writer.send(Topic.AGENT_EVENTS, e.agentId(), e));
        writer.sendBytes(
            Topic.CALL_EVENTS,
            "junk",
            "1543601975|x|NONE|Agent/1127|OUTDIAL".getBytes(StandardCharsets.UTF_8));
        writer.flush();

        List<QueueSnapshot> snapshots =
            KafkaReader.read(
                bootstrap,
                Topic.QUEUE_SNAPSHOT,
                (List<QueueSnapshot> l) -> l.stream().anyMatch(s -> s.callsWaiting() == 9),
                WAIT);
        assertThat(snapshots).anyMatch(s -> s.callsWaiting() == 9 && s.agentsStaffed() == 1);
        List<Alert> alerts = KafkaReader.readAtLeast(bootstrap, Topic.ALERTS, 1, WAIT);
        assertThat(alerts.get(0).kind()).isEqualTo("CALLS_WAITING");
        List<DeadLetter> dead = KafkaReader.readAtLeast(bootstrap, Topic.DEAD_LETTERS, 1, WAIT);
        assertThat(dead.get(0).reasonCode()).isEqualTo(DeadLetterReason.MALFORMED);
        assertThat(dead.get(0).payload()).isEqualTo("1543601975|x|NONE|Agent/1127|OUTDIAL");
        assertThat(dead.get(0).topic()).isEqualTo("call-events");
        assertThat(dead.get(0).offset()).isNotNull();

        // An event 20 minutes on closes the interval for both partitions.
        Instant later = start.plus(Duration.ofMinutes(20));
        for (String id : List.of("close-a", "close-b", "close-c", "close-d")) {
          for (CallEvent e : CallScript.inbound(id, "other", later).abandon(1).events()) {
            writer.send(Topic.CALL_EVENTS, e.callId(), e);
          }
        }
        writer.flush();
      }
      List<QueueKpi> rows =
          KafkaReader.read(
              bootstrap,
              Topic.QUEUE_KPI,
              (List<QueueKpi> l) -> l.stream().anyMatch(r -> r.queue().equals("sales")),
              WAIT);
      long offered =
          rows.stream().filter(r -> r.queue().equals("sales")).mapToLong(QueueKpi::offered).sum();
      assertThat(offered).isEqualTo(12);
      assertThat(
              rows.stream()
                  .filter(r -> r.queue().equals("sales"))
                  .mapToLong(QueueKpi::answered)
                  .sum())
          .isEqualTo(3);
      List<AgentKpi> agentRows = KafkaReader.readAtLeast(bootstrap, Topic.AGENT_KPI, 1, WAIT);
      assertThat(agentRows).anyMatch(r -> r.agentId().equals("1127") && r.answered() > 0);
      job.cancel().get();
    }
  }
}
