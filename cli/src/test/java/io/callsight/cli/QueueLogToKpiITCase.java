package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.common.KafkaTopics;
import io.callsight.ingest.asterisk.QueueLogIngest;
import io.callsight.ingest.asterisk.QueueLogIngestOptions;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJob;
import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.Json;
import io.callsight.schemas.QueueKpi;
import io.callsight.schemas.Topic;
import io.callsight.testkit.KafkaReader;
import io.callsight.testkit.SharedData;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real queue_log through the live path: ingest → Kafka → KpiJob on MiniCluster → queue-kpi.
 * Every interval's row must equal the one the file replay computes.
 */
class QueueLogToKpiITCase {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static final String KEY = "queue-log-itcase-key";

  @Test
  void liveKafkaPathGivesTheSameIntervalRowsAsTheFileReplay(@TempDir Path dir) throws Exception {
    // The file, plus a few later calls in another queue so the watermark closes every interval.
    Path queueLog = dir.resolve("queue_log");
    Files.copy(SharedData.voipReportsQueueLog(), queueLog);
    StringBuilder closing = new StringBuilder();
    long later = 1543942851L + 3600;
    for (int i = 0; i < 8; i++) {
      closing.append(later).append("|close.").append(i).append("|zz-close|NONE|ENTERQUEUE||1|1\n");
      closing
          .append(later + 1)
          .append("|close.")
          .append(i)
          .append("|zz-close|NONE|ABANDON|1|1|1\n");
    }
    Files.writeString(queueLog, closing, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    Path expectedFile = dir.resolve("expected.jsonl");
    KpiCommandITCase.run(
        "kpi",
        "--queue-log",
        queueLog.toString(),
        "--out",
        expectedFile.toString(),
        "--caller-key",
        KEY);
    Map<String, QueueKpi> expected =
        KpiCommandITCase.readLines(expectedFile, QueueKpi.class).stream()
            .filter(r -> r.queue().equals("IT"))
            .collect(Collectors.toMap(QueueKpi::intervalStart, r -> r));

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
      String bootstrap = kafka.bootstrapServers();
      KafkaTopics.ensure(bootstrap, List.of(Topic.values()), 2, Duration.ofSeconds(30));
      QueueLogIngestOptions ingestOptions =
          QueueLogIngestOptions.builder(queueLog, KEY)
              .bootstrapServers(bootstrap)
              .metricsPort(0)
              .topicPartitions(2)
              .build();
      try (QueueLogIngest ingest =
          QueueLogIngest.connect(ingestOptions, new PrintStream(System.err, true))) {
        ingest.run();
      }
      Map<String, String> values = new HashMap<>();
      values.put(KpiOptions.BOOTSTRAP.key(), bootstrap);
      // Idleness lets the watermark pass the end once one partition is drained; it must be longer
      // than a busy machine's pause between fetches, or a "idle" partition's events come in late.
      values.put(KpiOptions.IDLENESS.key(), "PT10S");
      JobClient job =
          KpiJob.runOnKafka(
              StreamExecutionEnvironment.getExecutionEnvironment(),
              KpiOptions.from(values, "test"));
      try {
        // Corrections may follow a first row: read until the newest row of every interval agrees
        // with the replay (or the time is up and the differences are reported).
        List<QueueKpi> rows =
            KafkaReader.read(
                bootstrap,
                Topic.QUEUE_KPI,
                (List<QueueKpi> l) -> differences(expected, newest(l)).isEmpty(),
                Duration.ofMinutes(3));
        Map<String, QueueKpi> live = newest(rows);
        assertThat(live.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(differences(expected, live)).isEmpty();
      } finally {
        job.cancel().get();
      }
    }
  }

  private static Map<String, QueueKpi> newest(List<QueueKpi> rows) {
    Map<String, QueueKpi> live = new HashMap<>();
    for (QueueKpi r : rows) {
      if (r.queue().equals("IT")) {
        live.merge(r.intervalStart(), r, (a, b) -> b.revision() > a.revision() ? b : a);
      }
    }
    return live;
  }

  private static List<String> differences(
      Map<String, QueueKpi> expected, Map<String, QueueKpi> live) {
    List<String> differences = new ArrayList<>();
    for (QueueKpi e : expected.values()) {
      QueueKpi got = live.get(e.intervalStart());
      String want = comparable(e);
      if (got == null || !want.equals(comparable(got))) {
        differences.add(want + "\n   live: " + (got == null ? "none" : comparable(got)));
      }
    }
    return differences;
  }

  /** A row without what legitimately differs between runs: when and how often it was emitted. */
  private static String comparable(QueueKpi r) {
    return Json.toJson(r).replaceAll("\"(emittedAt|revision)\":[0-9]+,?", "");
  }
}
