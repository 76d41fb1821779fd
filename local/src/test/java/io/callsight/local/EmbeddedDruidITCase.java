package io.callsight.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A real Kafka broker and a real Druid in this JVM: a Kafka supervisor ingests a small JSON topic
 * and Druid SQL over HTTP returns exactly the rows produced. Prints the figures the README quotes
 * (start time, memory, threads, ingestion latency). One cluster per JVM (failsafe forks per class);
 * the last test stops it and checks nothing is left behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDruidITCase {
  private static final String TOPIC = "druid-it-calls";
  private static final String DATASOURCE = "it_calls";
  private static final String HANDOFF_DATASOURCE = "it_batch";
  private static final Duration QUERYABLE_TIMEOUT = Duration.ofSeconds(90);

  /** A failed test keeps Druid's logs (the work folder goes on close) in target/. */
  @RegisterExtension
  static final TestWatcher KEEP_LOGS_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (druid != null && Files.isDirectory(druid.logDir())) {
            Path copy =
                Path.of(System.getProperty("java.io.tmpdir"))
                    .resolve("druid-logs-" + context.getRequiredTestMethod().getName());
            try (var logs = Files.list(druid.logDir())) {
              Files.createDirectories(copy);
              for (Path log : logs.toList()) {
                Files.copy(log, copy.resolve(log.getFileName()));
              }
              System.out.println("Druid's logs of the failed test are in " + copy);
            } catch (IOException e) {
              System.out.println("could not keep Druid's logs: " + e);
            }
          }
        }
      };

  private static final List<String> progress = new CopyOnWriteArrayList<>();
  private static final DruidSqlOverHttp sql = new DruidSqlOverHttp();
  private static Path workDir;
  private static EmbeddedKafka kafka;
  private static EmbeddedDruid druid;
  private static KafkaProducer<String, String> producer;
  private static long cleanersBefore;
  private static long heapBeforeDruid;

  @BeforeAll
  static void startKafkaAndDruid() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    kafka = EmbeddedKafka.start(Files.createTempDirectory(tmp, "kafka"));
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
    }
    producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all", "linger.ms", 0),
            new StringSerializer(),
            new StringSerializer());
    cleanersBefore = threadsNamed("Cleaner-");
    heapBeforeDruid = heapAfterGc();

    workDir = tmp.resolve("druid-" + System.nanoTime());
    long t0 = System.nanoTime();
    druid = EmbeddedDruid.start(workDir, progress::add);
    figure("time to healthy (SQL answers through the router)", "%.1f s", seconds(t0));
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (producer != null) {
      producer.close();
    }
    if (druid != null) {
      druid.close();
    }
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  @Order(1)
  void shouldReportWhereEachServiceIsAndAnswerSqlThroughRouterAndBroker() throws Exception {
    assertThat(String.join("\n", progress))
        .contains("ZooKeeper up at localhost:" + druid.ports().zookeeper())
        .contains("coordinator and overlord healthy at " + druid.coordinatorUrl())
        .contains("broker healthy at " + druid.brokerUrl())
        .contains("router healthy at " + druid.routerUrl())
        .contains("Druid SQL answers at " + druid.sqlUrl())
        .contains("Druid logs go to " + druid.logDir());
    assertThat(druid.sqlUrl()).isEqualTo(URI.create(druid.routerUrl() + "/druid/v2/sql"));
    assertThat(sql.query(druid.sqlUrl(), "SELECT 1 + 1 AS \"two\""))
        .containsExactly(Map.of("two", 2));
    assertThat(sql.query(druid.brokerUrl().resolve("/druid/v2/sql"), "SELECT 'ok' AS \"a\""))
        .containsExactly(Map.of("a", "ok"));
    // Druid's services log to files, one per service, in the work folder.
    try (var logs = Files.list(druid.logDir())) {
      assertThat(logs.map(p -> p.getFileName().toString()))
          .contains("coordinator.log", "broker.log", "historical.log", "indexer.log", "router.log");
    }
  }

  @Test
  @Order(2)
  void shouldIngestAKafkaTopicAndReturnExactlyTheProducedRowsOverSql() throws Exception {
    Instant base = Instant.parse("2025-03-03T09:00:00Z");
    List<Map<String, Object>> produced = new ArrayList<>();
    String[] queues = {"sales", "support", "billing"};
    for (int i = 0; i < 30; i++) {
      Map<String, Object> row =
          Map.of(
              "callId",
              String.format(Locale.ROOT, "c%03d", i),
              "queue",
              queues[i % 3],
              "waitMs",
              1000L * i + 7);
      produced.add(row);
      send(TOPIC, base.plusSeconds(i * 10L), row);
    }
    producer.flush();

    long posted = System.nanoTime();
    sql.post(
        druid.overlordUrl().resolve("/druid/indexer/v1/supervisor"),
        supervisorSpec(DATASOURCE, TOPIC, "PT1H", kafka.bootstrapServers()));
    List<Map<String, Object>> first =
        awaitRows("SELECT COUNT(*) AS \"n\" FROM " + DATASOURCE, r -> count(r) > 0);
    figure("supervisor posted -> first row queryable", "%.1f s", seconds(posted));
    assertThat(count(first)).isPositive();

    awaitRows("SELECT COUNT(*) AS \"n\" FROM " + DATASOURCE, r -> count(r) == 30);
    List<Map<String, Object>> rows =
        sql.query(
            druid.sqlUrl(),
            "SELECT TIME_FORMAT(__time, 'yyyy-MM-dd''T''HH:mm:ss''Z''') AS \"t\", callId, queue,"
                + " waitMs FROM "
                + DATASOURCE
                + " ORDER BY __time");
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < produced.size(); i++) {
      Map<String, Object> e = new java.util.HashMap<>(produced.get(i));
      e.put("t", base.plusSeconds(i * 10L).toString());
      e.put("waitMs", ((Long) e.get("waitMs")).intValue());
      expected.add(e);
    }
    assertThat(rows).containsExactlyElementsOf(expected);

    // GROUP BY runs on Druid's processing buffers: the path that needs Druid's JVM flags.
    List<Map<String, Object>> perQueue =
        sql.query(
            druid.sqlUrl(),
            "SELECT queue, COUNT(*) AS \"calls\", SUM(waitMs) AS \"waitMs\", MAX(waitMs) AS"
                + " \"longest\" FROM "
                + DATASOURCE
                + " GROUP BY queue ORDER BY queue");
    List<Map<String, Object>> expectedPerQueue = new ArrayList<>();
    for (String q : new String[] {"billing", "sales", "support"}) {
      List<Long> waits =
          produced.stream()
              .filter(r -> r.get("queue").equals(q))
              .map(r -> (Long) r.get("waitMs"))
              .toList();
      expectedPerQueue.add(
          Map.of(
              "queue", q,
              "calls", waits.size(),
              "waitMs", waits.stream().mapToLong(Long::longValue).sum(),
              "longest", Collections.max(waits)));
    }
    assertThat(normalise(perQueue)).isEqualTo(normalise(expectedPerQueue));
  }

  @Test
  @Order(3)
  void shouldMakeEachNewEventQueryableWithinASecond() throws Exception {
    long already = count(sql.query(druid.sqlUrl(), "SELECT COUNT(*) AS \"n\" FROM " + DATASOURCE));
    List<Double> latencies = new ArrayList<>();
    Instant base = Instant.parse("2025-03-03T10:00:00Z");
    for (int i = 0; i < 50; i++) {
      long expected = already + i + 1;
      long t0 = System.nanoTime();
      send(
          TOPIC, base.plusSeconds(i), Map.of("callId", "live" + i, "queue", "sales", "waitMs", 1L));
      awaitRows("SELECT COUNT(*) AS \"n\" FROM " + DATASOURCE, r -> count(r) == expected);
      latencies.add((System.nanoTime() - t0) / 1e6);
    }
    Collections.sort(latencies);
    figure(
        "one event produced (acks=all) -> visible to COUNT(*) through the router, 50 events",
        "median %.0f ms, max %.0f ms",
        latencies.get(latencies.size() / 2),
        latencies.get(latencies.size() - 1));

    System.gc();
    figure(
        "memory with Kafka and Druid running",
        "heap after GC %d MB (Druid's share %d MB), RSS %d MB, %d threads",
        heapAfterGc() / (1024 * 1024),
        (heapAfterGc() - heapBeforeDruid) / (1024 * 1024),
        rssKb() / 1024,
        ManagementFactory.getThreadMXBean().getThreadCount());
    assertThat(latencies.get(latencies.size() / 2)).isLessThan(1000.0);
  }

  @Test
  @Order(4)
  void shouldServePublishedSegmentsFromDeepStorageOnTheHistorical() throws Exception {
    // A Kafka task publishes when its taskDuration ends (at least PT1M in Druid 33: shorter ones
    // fail); a batch task with inline rows takes the same road sooner: segment to deep storage
    // (a folder in the work folder), the coordinator has the historical load it.
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      rows.append(
          String.format(
              Locale.ROOT,
              "{\"eventTime\":%d,\"callId\":\"h%d\",\"queue\":\"q\",\"waitMs\":%d}\n",
              Instant.parse("2025-03-04T09:00:00Z").plusSeconds(i).toEpochMilli(),
              i,
              i * 100));
    }
    long posted = System.nanoTime();
    sql.post(druid.overlordUrl().resolve("/druid/indexer/v1/task"), batchTask(rows.toString()));
    awaitRows(
        "SELECT COUNT(*) AS \"n\" FROM sys.server_segments ss JOIN sys.servers s ON ss.server ="
            + " s.server WHERE s.server_type = 'historical' AND ss.segment_id LIKE '"
            + HANDOFF_DATASOURCE
            + "%'",
        r -> count(r) > 0);
    figure("batch task posted -> segment served by the historical", "%.1f s", seconds(posted));
    // The broker learns the new table's columns a moment after the historical announces it.
    awaitRows("SELECT COUNT(*) AS \"n\" FROM " + HANDOFF_DATASOURCE, r -> count(r) == 10);
    assertThat(
            sql.query(
                druid.sqlUrl(),
                "SELECT COUNT(*) AS \"n\", SUM(waitMs) AS \"waitMs\" FROM " + HANDOFF_DATASOURCE))
        .containsExactly(Map.of("n", 10, "waitMs", 4500));
  }

  /** A batch ingestion task over inline JSON rows, one day segment. */
  private static String batchTask(String jsonLines) throws IOException {
    String data = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(jsonLines);
    return """
        {
          "type": "index_parallel",
          "spec": {
            "dataSchema": {
              "dataSource": "%s",
              "timestampSpec": {"column": "eventTime", "format": "millis"},
              "dimensionsSpec": {
                "dimensions": ["callId", "queue", {"type": "long", "name": "waitMs"}]
              },
              "granularitySpec": {
                "segmentGranularity": "DAY", "queryGranularity": "NONE", "rollup": false
              }
            },
            "ioConfig": {
              "type": "index_parallel",
              "inputSource": {"type": "inline", "data": %s},
              "inputFormat": {"type": "json"}
            },
            "tuningConfig": {"type": "index_parallel"}
          }
        }
        """
        .formatted(HANDOFF_DATASOURCE, data);
  }

  @Test
  @Order(5)
  void shouldFreeItsPortsAndThreadsAndDeleteItsWorkFolderOnClose() throws Exception {
    DruidPorts ports = druid.ports();
    long t0 = System.nanoTime();
    druid.close();
    figure("close", "%.1f s", seconds(t0));
    druid.close(); // a second close does nothing

    assertThat(Files.exists(workDir)).as("work folder %s", workDir).isFalse();
    for (Map.Entry<String, Integer> port : ports.byService().entrySet()) {
      assertThat(DruidPorts.isFree(port.getValue())).as("%s port", port).isTrue();
    }
    Set<String> druidThreads =
        Thread.getAllStackTraces().keySet().stream()
            .filter(
                t ->
                    t.getContextClassLoader() instanceof URLClassLoader l
                        && l.getName() != null
                        && l.getName().startsWith("druid-"))
            .map(Thread::getName)
            .collect(Collectors.toSet());
    assertThat(druidThreads).isEmpty();
    assertThat(threadsNamed("Cleaner-")).isEqualTo(cleanersBefore);
    figure(
        "after close",
        "%d threads (Kafka broker still running)",
        ManagementFactory.getThreadMXBean().getThreadCount());
  }

  private static void send(String topic, Instant time, Map<String, Object> row) throws Exception {
    StringBuilder json = new StringBuilder("{\"eventTime\":").append(time.toEpochMilli());
    row.forEach(
        (k, v) ->
            json.append(",\"")
                .append(k)
                .append("\":")
                .append(v instanceof String ? "\"" + v + "\"" : v));
    producer.send(new ProducerRecord<>(topic, (String) row.get("callId"), json + "}")).get();
  }

  /** A minimal Kafka supervisor: one task, raw rows (no rollup), earliest offsets. */
  private static String supervisorSpec(
      String datasource, String topic, String taskDuration, String bootstrap) {
    return """
        {
          "type": "kafka",
          "spec": {
            "dataSchema": {
              "dataSource": "%s",
              "timestampSpec": {"column": "eventTime", "format": "millis"},
              "dimensionsSpec": {
                "dimensions": ["callId", "queue", {"type": "long", "name": "waitMs"}]
              },
              "granularitySpec": {
                "segmentGranularity": "HOUR", "queryGranularity": "NONE", "rollup": false
              }
            },
            "ioConfig": {
              "topic": "%s",
              "inputFormat": {"type": "json"},
              "consumerProperties": {"bootstrap.servers": "%s"},
              "useEarliestOffset": true,
              "taskCount": 1,
              "replicas": 1,
              "taskDuration": "%s"
            },
            "tuningConfig": {"type": "kafka"}
          }
        }
        """
        .formatted(datasource, topic, bootstrap, taskDuration);
  }

  private static List<Map<String, Object>> awaitRows(
      String query, java.util.function.Predicate<List<Map<String, Object>>> done) throws Exception {
    long deadline = System.nanoTime() + QUERYABLE_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        List<Map<String, Object>> rows = sql.query(druid.sqlUrl(), query);
        if (done.test(rows)) {
          return rows;
        }
        last = rows.toString();
      } catch (IOException e) {
        // Until the supervisor's first rows arrive the table does not exist yet.
        last = e.getMessage();
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "Druid did not answer as expected within "
            + QUERYABLE_TIMEOUT
            + ": "
            + query
            + " -> "
            + last);
  }

  /** The count {@code n} of a one-row answer (Druid's system tables answer none for zero). */
  private static long count(List<Map<String, Object>> rows) {
    return rows.isEmpty() ? 0 : ((Number) rows.get(0).get("n")).longValue();
  }

  private static List<Map<String, String>> normalise(List<Map<String, Object>> rows) {
    return rows.stream()
        .map(
            r ->
                r.entrySet().stream()
                    .collect(
                        Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()))))
        .toList();
  }

  private static long threadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(prefix))
        .count();
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long rssKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void figure(String what, String format, Object... args) {
    System.out.println("druid figure: " + what + ": " + String.format(Locale.ROOT, format, args));
  }
}
