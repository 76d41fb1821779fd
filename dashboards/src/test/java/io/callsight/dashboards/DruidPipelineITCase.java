package io.callsight.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.druid.Datasource;
import io.callsight.druid.DruidClient;
import io.callsight.druid.DruidEndpoints;
import io.callsight.druid.DruidException;
import io.callsight.druid.SqlResult;
import io.callsight.druid.SupervisorOutcome;
import io.callsight.druid.SupervisorSpec;
import io.callsight.druid.SupervisorSpecs;
import io.callsight.ingest.sim.Pacing;
import io.callsight.ingest.sim.SimulateOptions;
import io.callsight.ingest.sim.SimulateService;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJob;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.flink.QualityJob;
import io.callsight.local.DruidPorts;
import io.callsight.local.LocalStack;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.Alert;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.QueueKpi;
import io.callsight.schemas.QueueSnapshot;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import io.callsight.testkit.KafkaReader;
import io.callsight.testkit.KafkaWriter;
import io.callsight.testkit.SharedData;
import io.callsight.testkit.TranscriptScript;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole pipeline on one real local stack: the seeded simulator → Kafka → KpiJob (MiniCluster) →
 * Kafka → Druid's Kafka supervisors, and transcripts of simulated calls → QualityJob → Druid; what
 * SQL reads back from Druid equals what the jobs wrote, the supervisors are idempotent, bad SQL is
 * refused with Druid's message, and every dashboard panel's query runs on the data. Druid starts
 * once for all of these (it takes about 35 s).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DruidPipelineITCase {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(3)
              .build());

  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final Duration READ = Duration.ofSeconds(10);

  private static final Duration SIMULATED = Duration.ofHours(2);

  private LocalStack stack;
  private DruidClient druid;
  private JobClient job;
  private JobClient quality;
  private List<String> scoredCalls;
  private Instant simStart;
  private final List<Long> kpiLatencyMillis = new ArrayList<>();
  private List<QueueKpi> queueRows;

  @BeforeAll
  void startStackJobAndTraffic() throws Exception {
    Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "e2e");
    stack = LocalStack.start(dir, DruidPorts.free(), 2, m -> System.out.println("stack: " + m));
    String bootstrap = stack.kafkaBootstrap();
    druid = new DruidClient(DruidEndpoints.router(stack.druid().routerUrl().toString()));
    List<SupervisorOutcome> first = druid.ensureSupervisors(SupervisorSpecs.forKafka(bootstrap));
    assertThat(first)
        .extracting(SupervisorOutcome::action)
        .containsOnly(SupervisorOutcome.Action.CREATED);

    job =
        KpiJob.runOnKafka(
            StreamExecutionEnvironment.getExecutionEnvironment(),
            KpiOptions.from(
                Map.of(
                    KpiOptions.BOOTSTRAP.key(),
                    bootstrap,
                    KpiOptions.IDLENESS.key(),
                    "PT1S",
                    KpiOptions.CHECKPOINT_DIR.key(),
                    dir.resolve("checkpoints").toUri().toString(),
                    "flink.checkpoint-interval",
                    "PT0.5S"),
                "e2e"));

    // Two simulated hours ending now, as fast as they go: event times are the simulated ones, so
    // the job closes the intervals up to a quarter of an hour ago. The first hour fills Druid;
    // the second is measured as it lands, with Druid's ingestion running.
    simStart = Instant.now().minus(SIMULATED).truncatedTo(ChronoUnit.MINUTES);
    Duration half = SIMULATED.dividedBy(2);
    simulate(bootstrap, simStart, half, 42, 1.0);
    List<QueueKpi> firstHour = readUntilQuiet(bootstrap, Topic.QUEUE_KPI);
    awaitEqual(
        (long) firstHour.size(),
        () -> druid.sql("SELECT COUNT(*) AS n FROM queue_kpi").value(0, "n"));

    Thread secondHour =
        new Thread(
            () -> {
              try {
                // Half the staff: queues back up and alerts are raised.
                simulate(bootstrap, simStart.plus(half), half, 43, 0.5);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            "e2e-simulator");
    secondHour.start();
    new KpiLatencyProbe(bootstrap, druid).measureWhile(secondHour, kpiLatencyMillis);
    secondHour.join();
    queueRows = readUntilQuiet(bootstrap, Topic.QUEUE_KPI);
    System.out.println("e2e: " + queueRows.size() + " queue-kpi records");

    // Transcripts of three simulated calls that were answered and wrapped up: the quality job
    // joins them with the calls' events and Druid ingests their scores and redacted turns.
    quality =
        QualityJob.runOnKafka(
            StreamExecutionEnvironment.getExecutionEnvironment(),
            QualityOptions.from(
                Map.of(
                    KpiOptions.BOOTSTRAP.key(),
                    bootstrap,
                    KpiOptions.CHECKPOINT_DIR.key(),
                    dir.resolve("checkpoints").toUri().toString(),
                    "flink.checkpoint-interval",
                    "PT0.5S",
                    "flink.parallelism",
                    "1"),
                "e2e"));
    scoredCalls = wrappedUpCalls(bootstrap, 3);
    writeTranscripts(bootstrap, scoredCalls);
    awaitEqual(3L, () -> countOnceThere("call_scores"));
    awaitEqual(3L * TURNS, () -> countOnceThere("transcript_turns"));
    // The quality job also turns the KPI job's agent rows into scorecard days.
    awaitEqual(true, () -> countOnceThere("agent_scorecard") > 0);
    // Every test that queries alerts needs the table, whichever runs first.
    ensureAnAlert(queueRows.get(0).queue());
  }

  private static final int TURNS = 4;

  /** The rows of a datasource, 0 until Druid has ingested its first row and knows the table. */
  private long countOnceThere(String datasource) {
    try {
      return ((Number) druid.sql("SELECT COUNT(*) AS n FROM " + datasource).value(0, "n"))
          .longValue();
    } catch (DruidException notYetThere) {
      return 0L;
    }
  }

  /**
   * The first calls on call-events whose wrap-up ended (the simulator's events, as Kafka has them).
   */
  private static List<String> wrappedUpCalls(String bootstrap, int n) {
    List<CallEvent> events =
        KafkaReader.read(
            bootstrap,
            Topic.CALL_EVENTS,
            (List<CallEvent> l) ->
                l.stream().filter(e -> e.type() == CallEventType.WRAPUP_ENDED).count() >= n,
            WAIT);
    return events.stream()
        .filter(e -> e.type() == CallEventType.WRAPUP_ENDED)
        .map(CallEvent::callId)
        .distinct()
        .limit(n)
        .toList();
  }

  /** A short Chinese enquiry per call, a mobile number said aloud in it. */
  private void writeTranscripts(String bootstrap, List<String> calls) {
    try (KafkaWriter writer = new KafkaWriter(bootstrap)) {
      for (String call : calls) {
        Transcript t =
            TranscriptScript.call(call, "zh", simStart.toEpochMilli())
                .agent(1_000, 4_000, "您好 示例公司 工号1001 请问有什么可以帮您")
                .customer(5_000, 9_000, "我想查一下话费 我的手机号是13812345678")
                .agent(10_000, 14_000, "好的 已经为您查好了 本月话费是五十八元")
                .agent(15_000, 18_000, "感谢您的来电 再见")
                .transcript();
        writer.send(Topic.TRANSCRIPTS, call, t);
      }
    }
  }

  /** Simulates the small centre from {@code start} for {@code length}, 9:00 local at the start. */
  private static void simulate(
      String bootstrap, Instant start, Duration length, long seed, double staffScale)
      throws Exception {
    int toNine =
        LocalTime.of(9, 0).toSecondOfDay()
            - LocalTime.ofInstant(start, ZoneOffset.UTC).toSecondOfDay();
    toNine = Math.floorMod(toNine + 12 * 3600, 24 * 3600) - 12 * 3600;
    SimulateService sim =
        new SimulateService(
            SimulateOptions.builder()
                .profile("small")
                .seed(seed)
                .start(start)
                .duration(length)
                .pacing(Pacing.MAX)
                .bootstrapServers(bootstrap)
                .callerHashKey("e2e-caller-key-0123456789")
                .partitions(2)
                .metricsPort(-1)
                .staffScale(staffScale)
                .zone(ZoneOffset.ofTotalSeconds(toNine / 900 * 900))
                .build(),
            new PrintStream(java.io.OutputStream.nullOutputStream()));
    System.out.println("e2e: simulated " + sim.run());
  }

  @AfterAll
  void stopEverything() throws Exception {
    try (AutoCloseable s = stack) {
      if (job != null) {
        job.cancel().get();
      }
      if (quality != null) {
        quality.cancel().get();
      }
    }
  }

  @Test
  void queueKpiRowsQueriedBackWithSqlEqualTheJobsNewestRevisions() throws Exception {
    Map<String, QueueKpi> expected =
        newest(queueRows, r -> r.queue() + "|" + r.intervalStart(), QueueKpi::revision);
    assertThat(expected).hasSizeGreaterThan(10);
    String sql =
        "SELECT queue, __time AS intervalStart,"
            + " MAX(revision) AS revision,"
            + " LATEST_BY(offered, MILLIS_TO_TIMESTAMP(revision)) AS offered,"
            + " LATEST_BY(answered, MILLIS_TO_TIMESTAMP(revision)) AS answered,"
            + " LATEST_BY(abandoned, MILLIS_TO_TIMESTAMP(revision)) AS abandoned,"
            + " LATEST_BY(handled, MILLIS_TO_TIMESTAMP(revision)) AS handled,"
            + " LATEST_BY(serviceLevel, MILLIS_TO_TIMESTAMP(revision)) AS serviceLevel,"
            + " LATEST_BY(asaSeconds, MILLIS_TO_TIMESTAMP(revision)) AS asaSeconds,"
            + " LATEST_BY(talkSeconds, MILLIS_TO_TIMESTAMP(revision)) AS talkSeconds"
            + " FROM queue_kpi GROUP BY queue, __time";
    Map<String, String> want = new TreeMap<>();
    expected.forEach(
        (k, r) ->
            want.put(
                k,
                line(
                    r.revision(),
                    r.offered(),
                    r.answered(),
                    r.abandoned(),
                    r.handled(),
                    r.serviceLevel(),
                    r.asaSeconds(),
                    r.talkSeconds())));
    Map<String, String> got =
        awaitEqual(
            want,
            () -> {
              Map<String, String> rows = new TreeMap<>();
              for (Map<String, Object> m : druid.sql(sql).rowMaps()) {
                rows.put(
                    m.get("queue") + "|" + m.get("intervalStart"),
                    line(
                        m.get("revision"),
                        m.get("offered"),
                        m.get("answered"),
                        m.get("abandoned"),
                        m.get("handled"),
                        m.get("serviceLevel"),
                        m.get("asaSeconds"),
                        m.get("talkSeconds")));
              }
              return rows;
            });
    assertThat(got).isEqualTo(want);
    System.out.printf(
        "e2e: %d queue_kpi rows equal in Druid; KPI row committed on Kafka -> queryable in Druid:"
            + " %s%n",
        want.size(), LatencyFigures.of(kpiLatencyMillis));
    assertThat(kpiLatencyMillis).as("rows measured live").isNotEmpty();
  }

  @Test
  void agentKpiSnapshotsAlertsAndCallCountsMatchTheTopics() throws Exception {
    String bootstrap = stack.kafkaBootstrap();
    List<AgentKpi> agentRows = readUntilQuiet(bootstrap, Topic.AGENT_KPI);
    Map<String, AgentKpi> agents =
        newest(agentRows, r -> r.agentId() + "|" + r.intervalStart(), AgentKpi::revision);
    assertThat(agents).isNotEmpty();
    long answered = agents.values().stream().mapToLong(AgentKpi::answered).sum();
    awaitEqual(
        agents.size() + " rows, " + answered + " answered",
        () -> {
          SqlResult r =
              druid.sql(
                  "SELECT COUNT(*) AS n, SUM(answered) AS answered FROM (SELECT agentId, __time,"
                      + " LATEST_BY(answered, MILLIS_TO_TIMESTAMP(revision)) AS answered"
                      + " FROM agent_kpi GROUP BY agentId, __time)");
          return r.value(0, "n") + " rows, " + r.value(0, "answered") + " answered";
        });

    // Snapshots keep coming every few seconds: compare, per queue, those up to the newest read
    // (a queue's snapshots are in order on one partition).
    List<QueueSnapshot> snapshots =
        KafkaReader.read(bootstrap, Topic.QUEUE_SNAPSHOT, l -> false, READ);
    Map<String, long[]> perQueue = new TreeMap<>();
    for (QueueSnapshot s : snapshots) {
      long[] countAndNewest = perQueue.computeIfAbsent(s.queue(), q -> new long[2]);
      countAndNewest[0]++;
      countAndNewest[1] = Math.max(countAndNewest[1], s.snapshotTime());
    }
    assertThat(perQueue).isNotEmpty();
    for (Map.Entry<String, long[]> e : perQueue.entrySet()) {
      awaitEqual(
          e.getValue()[0],
          () ->
              druid
                  .sql(
                      "SELECT COUNT(*) AS n FROM queue_snapshot WHERE queue = ?"
                          + " AND __time <= MILLIS_TO_TIMESTAMP(?)",
                      e.getKey(),
                      e.getValue()[1])
                  .value(0, "n"));
    }

    List<Alert> alerts = KafkaReader.read(bootstrap, Topic.ALERTS, l -> false, READ);
    if (!alerts.isEmpty()) {
      awaitEqual(
          (long) alerts.size(), () -> druid.sql("SELECT COUNT(*) AS n FROM alerts").value(0, "n"));
    }

    List<CallEvent> events = readUntilQuiet(bootstrap, Topic.CALL_EVENTS);
    Map<String, Long> calls = new TreeMap<>();
    for (CallEvent e : events) {
      String type = e.type().name();
      if (type.equals("QUEUED") || type.equals("ANSWERED") || type.equals("ABANDONED")) {
        calls.merge(e.queue() + " " + type, 1L, Long::sum);
      }
    }
    assertThat(calls).isNotEmpty();
    awaitEqual(
        calls,
        () -> {
          Map<String, Long> rows = new TreeMap<>();
          for (Map<String, Object> m :
              druid
                  .sql("SELECT queue, type, SUM(calls) AS calls FROM queue_calls GROUP BY 1, 2")
                  .rowMaps()) {
            rows.put(m.get("queue") + " " + m.get("type"), ((Number) m.get("calls")).longValue());
          }
          return rows;
        });
  }

  @Test
  void callScoresAndRedactedTurnsQueriedBackAreTheQualityJobsJoinedWithTheCalls() {
    SqlResult scores =
        druid.sql(
            "SELECT callId, agentId, queue, callEventsJoined, ruleSet, category, score"
                + " FROM call_scores ORDER BY __time");
    assertThat(scores.rowMaps()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(scoredCalls).contains(String.valueOf(scores.value(i, "callId")));
      assertThat(scores.value(i, "agentId")).isNotNull();
      assertThat(scores.value(i, "queue")).isNotNull();
      assertThat(scores.value(i, "callEventsJoined")).isEqualTo("true");
      assertThat(scores.value(i, "ruleSet")).isEqualTo("zh-CN-inbound");
    }
    SqlResult verdicts =
        druid.sql(
            "SELECT JSON_VALUE(v, '$.verdict') AS verdict FROM call_scores"
                + " CROSS JOIN UNNEST(JSON_QUERY_ARRAY(verdicts, '$')) AS t(v)"
                + " WHERE JSON_VALUE(v, '$.rule') = 'greeting'");
    assertThat(verdicts.rowMaps()).hasSize(3);
    assertThat(verdicts.value(0, "verdict")).isEqualTo("pass");
    SqlResult turns = druid.sql("SELECT text, redacted FROM transcript_turns");
    assertThat(turns.rowMaps()).hasSize(3 * TURNS);
    for (int i = 0; i < turns.rowMaps().size(); i++) {
      assertThat(String.valueOf(turns.value(i, "text"))).doesNotContainPattern("1[3-9]\\d{9}");
    }
  }

  /**
   * Runs last: replacing a supervisor stops its tasks, and until a historical has loaded their
   * segments Druid may not know the table at all ("Object 'alerts' not found"); waiting for a count
   * right after the replacement does not help, as the stopping task still answers it.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void supervisorsAreSubmittedAgainOnlyWhenTheirSpecChanged() throws Exception {
    List<SupervisorOutcome> again =
        druid.ensureSupervisors(SupervisorSpecs.forKafka(stack.kafkaBootstrap()));
    assertThat(again).hasSize(Datasource.values().length);
    assertThat(again)
        .extracting(SupervisorOutcome::action)
        .containsOnly(SupervisorOutcome.Action.UNCHANGED);

    // An edited spec (a new release's) replaces the running one; the same spec again is left.
    SupervisorSpec shipped = SupervisorSpecs.forKafka(Datasource.ALERTS, stack.kafkaBootstrap());
    com.fasterxml.jackson.databind.node.ObjectNode edited = shipped.json().deepCopy();
    edited.withObject("/spec/tuningConfig").put("maxRowsInMemory", 50_000);
    SupervisorSpec release = new SupervisorSpec(Datasource.ALERTS, edited);
    assertThat(druid.ensureSupervisors(List.of(release)))
        .extracting(SupervisorOutcome::action)
        .containsExactly(SupervisorOutcome.Action.UPDATED);
    assertThat(druid.ensureSupervisors(List.of(release)))
        .extracting(SupervisorOutcome::action)
        .containsExactly(SupervisorOutcome.Action.UNCHANGED);
    assertThat(druid.ensureSupervisors(List.of(shipped)))
        .extracting(SupervisorOutcome::action)
        .containsExactly(SupervisorOutcome.Action.UPDATED);
  }

  @Test
  void theReadmesExampleQueriesRunOnTheDemoData() throws Exception {
    String readme = Files.readString(SharedData.repositoryRoot().resolve("README.md"));
    int start = readme.indexOf("### Example queries");
    String section = readme.substring(start, readme.indexOf("\n## ", start));
    java.util.regex.Matcher block =
        java.util.regex.Pattern.compile("(?s)```sql\n(.*?)```").matcher(section);
    int ran = 0;
    while (block.find()) {
      SqlResult result = druid.sql(block.group(1));
      assertThat(result.columnNames()).as(block.group(1)).isNotEmpty();
      ran++;
    }
    assertThat(ran).isGreaterThanOrEqualTo(5);
  }

  @Test
  void badSqlIsRejectedWithDruidsMessage() {
    assertThatThrownBy(() -> druid.sql("SELECT nosuchcolumn FROM queue_kpi"))
        .isInstanceOfSatisfying(
            DruidException.class, e -> assertThat(e.kind()).isEqualTo(DruidException.Kind.REJECTED))
        .hasMessageContaining("nosuchcolumn");
  }

  @Test
  void everyDashboardPanelQueryRunsOnTheDemoDataAndReturnsItsColumns() throws Exception {
    String queue = queueRows.get(0).queue();
    String agent =
        String.valueOf(druid.sql("SELECT agentId FROM agent_kpi LIMIT 1").value(0, "agentId"));
    long from = simStart.toEpochMilli();
    long to = Instant.now().plus(Duration.ofMinutes(5)).toEpochMilli();
    Map<String, String> failures = new TreeMap<>();
    int ran = 0;
    for (DashboardQueries.PanelQuery q : DashboardQueries.all()) {
      GrafanaMacros macros =
          DashboardQueries.macros(
              q.dashboard(),
              from,
              to,
              Map.of(
                  "queue",
                  List.of(queue),
                  "agent",
                  List.of(agent),
                  "call",
                  List.of(scoredCalls.get(0))));
      try {
        SqlResult result = druid.sql(q.sql(macros));
        if (!result.columnNames().equals(q.columns(macros))) {
          failures.put(
              q.toString(),
              "returned " + result.columnNames() + ", the panel uses " + q.columns(macros));
        }
        ran++;
      } catch (DruidException e) {
        failures.put(q.toString(), e.getMessage());
      }
    }
    // Druid 33 cannot plan an ORDER BY on an aggregate of a nested query (order by the output
    // alias instead): every panel must run.
    assertThat(failures).as("failing panels and why").isEmpty();
    assertThat(ran).isGreaterThan(10);
  }

  /** Reads a topic (committed records) until records came and then none for a few seconds. */
  private static <T> List<T> readUntilQuiet(String bootstrap, Topic topic) {
    long[] lastChange = {System.nanoTime()};
    int[] lastSize = {0};
    return KafkaReader.read(
        bootstrap,
        topic,
        (List<T> l) -> {
          if (l.size() != lastSize[0]) {
            lastSize[0] = l.size();
            lastChange[0] = System.nanoTime();
          }
          return !l.isEmpty()
              && System.nanoTime() - lastChange[0] > Duration.ofSeconds(8).toNanos();
        },
        WAIT);
  }

  private static <T> Map<String, T> newest(
      List<T> rows, Function<T, String> key, java.util.function.ToIntFunction<T> revision) {
    Map<String, T> newest = new HashMap<>();
    for (T r : rows) {
      newest.merge(
          key.apply(r), r, (a, b) -> revision.applyAsInt(b) >= revision.applyAsInt(a) ? b : a);
    }
    Map<String, T> out = new TreeMap<>();
    newest.forEach(
        (k, v) ->
            out.put(
                k.replaceFirst("\\|(.*)$", "|") + Instant.parse(k.substring(k.indexOf('|') + 1)),
                v));
    return out;
  }

  private static String line(Object... values) {
    StringBuilder b = new StringBuilder();
    for (Object v : values) {
      if (v instanceof Double d) {
        b.append(String.format(java.util.Locale.ROOT, "%.6f", d));
      } else if (v instanceof Number n) {
        b.append(n.longValue());
      } else {
        b.append(v);
      }
      b.append(' ');
    }
    return b.toString().strip();
  }

  /**
   * Whether the job raised alerts depends on when its processing-time snapshots fell; the alert
   * panels need the datasource to exist, so one alert is written when the job raised none.
   */
  private void ensureAnAlert(String queue) throws Exception {
    String bootstrap = stack.kafkaBootstrap();
    List<Alert> raised = KafkaReader.read(bootstrap, Topic.ALERTS, l -> false, READ);
    if (raised.isEmpty()) {
      Alert alert =
          new Alert(
              "e2e-alert",
              "e2e-test",
              "CALLS_WAITING",
              io.callsight.schemas.AlertLevel.WARNING,
              io.callsight.schemas.AlertState.RAISED,
              queue,
              null,
              null,
              12.0,
              10.0,
              "12 calls waiting (limit 10)",
              Instant.now().toEpochMilli());
      try (KafkaWriter writer = new KafkaWriter(bootstrap)) {
        writer.send(Topic.ALERTS, queue, alert);
      }
    }
    long expected = Math.max(1, raised.size());
    awaitEqual(expected, () -> countOnceThere("alerts"));
  }

  /** Polls until the value is the expected one, or the wait is over; returns the last. */
  private static <T> T awaitEqual(T expected, java.util.concurrent.Callable<T> actual)
      throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    T last = actual.call();
    while (!expected.equals(last) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      last = actual.call();
    }
    assertThat(last).isEqualTo(expected);
    return last;
  }
}
