package io.callsight.bench;

import io.callsight.common.KafkaTopics;
import io.callsight.common.WorkFolders;
import io.callsight.ingest.EventSink;
import io.callsight.ingest.KafkaEventSink;
import io.callsight.ingest.sim.CanonicalEventWriter;
import io.callsight.ingest.sim.Pacer;
import io.callsight.ingest.sim.Profiles;
import io.callsight.ingest.sim.RunLimits;
import io.callsight.ingest.sim.Simulation;
import io.callsight.ingest.sim.SimulationConfig;
import io.callsight.jobs.flink.LocalFlink;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJob;
import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.InvalidRecordException;
import io.callsight.schemas.Json;
import io.callsight.schemas.QueueSnapshot;
import io.callsight.schemas.Topic;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The whole path on this machine: simulator → Kafka → KpiJob (Flink MiniCluster) → Kafka, with the
 * broker in this JVM. Measures the job's throughput on a backlog, and the latency from an event's
 * switch time to the first committed wall-board snapshot that reflects it.
 */
public final class PipelineBench {
  private static final String CALLER_KEY = "pipeline-benchmark-caller-key";
  private static final int PARTITIONS = 4;

  /** Types that change a queue's KPIs (ringing alone changes nothing a snapshot shows). */
  private static final Set<CallEventType> COUNTED =
      Set.of(
          CallEventType.QUEUED,
          CallEventType.ANSWERED,
          CallEventType.ABANDONED,
          CallEventType.TIMEOUT,
          CallEventType.EXIT_WITH_KEY,
          CallEventType.EXIT_EMPTY,
          CallEventType.ENDED,
          CallEventType.TRANSFERRED,
          CallEventType.WRAPUP_ENDED);

  private final PrintWriter out;

  public PipelineBench(PrintWriter out) {
    this.out = out;
  }

  /**
   * Loads {@code events} simulated events onto call-events and agent-events, then runs the KPI job
   * over that backlog and reports how fast it consumed it.
   */
  public void throughput(String profile, long events, int parallelism) throws Exception {
    drain(profile, events, parallelism, false);
  }

  /**
   * The same backlog through a job that only decodes, keys by call and discards: what Kafka, JSON
   * and one Flink shuffle cost on this machine, as a yardstick for the KPI job's figure.
   */
  public void baseline(String profile, long events, int parallelism) throws Exception {
    drain(profile, events, parallelism, true);
  }

  private void drain(String profile, long events, int parallelism, boolean baselineOnly)
      throws Exception {
    Path dir = Files.createTempDirectory("callsight-bench");
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
      String bootstrap = kafka.bootstrapServers();
      KafkaTopics.ensure(bootstrap, List.of(Topic.values()), PARTITIONS, Duration.ofSeconds(30));
      say(
          "loading %,d simulated events (profile %s) into Kafka at %s ...",
          events, profile, bootstrap);
      long t0 = System.nanoTime();
      try (KafkaEventSink sink = new KafkaEventSink(bootstrap, Map.of());
          CanonicalEventWriter writer =
              new CanonicalEventWriter(sink, CallerIds.withKey(CALLER_KEY))) {
        new Simulation(
                Profiles.named(profile),
                1,
                Pacer.asFastAsPossible(Instant.parse("2024-03-04T01:00:00Z")),
                writer)
            .run(RunLimits.events(events));
      }
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      Map<TopicPartition, Long> ends = endOffsets(bootstrap);
      long total = ends.values().stream().mapToLong(Long::longValue).sum();
      Map<TopicPartition, Long> callEnds =
          ends.entrySet().stream()
              .filter(e -> e.getKey().topic().equals(Topic.CALL_EVENTS.topicName()))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      long calls = callEnds.values().stream().mapToLong(Long::longValue).sum();
      say(
          "loaded %,d records in %.1f s (%,.0f/s from the simulator through the producer)",
          total, loadSeconds, total / loadSeconds);

      KpiOptions options = options(bootstrap, "bench-throughput", parallelism, dir);
      Configuration flink = new Configuration();
      JobGauges gauges = JobGauges.attach(flink);
      OperatorLoad load = new OperatorLoad(gauges);
      StreamExecutionEnvironment env = LocalFlink.environment(flink);
      long start = System.nanoTime();
      long cpuAtStart = QualityJobBench.processCpuNanos();
      JobClient job = baselineOnly ? Baseline.run(env, options) : KpiJob.runOnKafka(env, options);
      say(
          "%s started (parallelism %d, checkpoints every %s); waiting for it to drain the"
              + " backlog ...",
          baselineOnly ? "baseline job (decode, key by call, discard)" : "KPI job",
          parallelism,
          options.checkpointInterval());
      // Drained means every record read and a checkpoint begun after the last one completed: then
      // every operator has processed them and their rows are committed. The offsets the sources
      // commit to Kafka trail that: after the last record, a reader's next poll waits up to 10 s
      // before its commit goes out.
      long firstCheckpointNanos = 0;
      long readAtFirstCheckpoint = 0;
      long callsAtFirstCheckpoint = 0;
      long read = 0;
      long drainedAfter = Long.MAX_VALUE;
      long lastReport = System.nanoTime();
      long checkpoints = 0;
      while (checkpoints < drainedAfter) {
        Thread.sleep(50);
        checkpoints = gauges.largest("numberOfCompletedCheckpoints");
        read = read(gauges, ends);
        if (firstCheckpointNanos == 0 && checkpoints > 0) {
          firstCheckpointNanos = System.nanoTime();
          readAtFirstCheckpoint = read;
          callsAtFirstCheckpoint = read(gauges, callEnds);
          load.start();
        }
        if (read >= total && drainedAfter == Long.MAX_VALUE) {
          // Counted after the last record was seen, those under way first: one that completes
          // in between then only makes the wait a checkpoint longer, never too short.
          long underWay = gauges.largest("numberOfInProgressCheckpoints");
          drainedAfter = gauges.largest("numberOfCompletedCheckpoints") + 1 + underWay;
        }
        if (System.nanoTime() - lastReport > 5e9) {
          say("  %,d of %,d read", read, total);
          lastReport = System.nanoTime();
        }
        if (System.nanoTime() - start > Duration.ofMinutes(20).toNanos()) {
          throw new IllegalStateException("the job did not drain the backlog in 20 minutes");
        }
      }
      long end = System.nanoTime();
      List<String> taskLoad = load.report();
      double cpuSeconds = (QualityJobBench.processCpuNanos() - cpuAtStart) / 1e9;
      job.cancel().get();
      double steady = (end - firstCheckpointNanos) / 1e9;
      double whole = (end - start) / 1e9;
      say("");
      say(
          "throughput: %,d events in %.1f s from job start (%,.0f events/s);"
              + " %,.0f events/s after the first checkpoint",
          total, whole, total / whole, (total - readAtFirstCheckpoint) / steady);
      say(
          "  of them %,d call events: %,.0f/s from job start, %,.0f/s after the first checkpoint",
          calls, calls / whole, (calls - callsAtFirstCheckpoint) / steady);
      // CPU per event is steadier than events per second when other work shares the cores.
      say(
          "CPU: %.1f s of this process (job and broker) while draining, %.1f of %d cores:"
              + " %,.0f events per CPU-second, %.1f µs per event",
          cpuSeconds,
          cpuSeconds / whole,
          Runtime.getRuntime().availableProcessors(),
          total / cpuSeconds,
          cpuSeconds * 1e6 / total);
      say(
          "tasks, by the share of time Flink counted them busy and back-pressured after the first"
              + " checkpoint (the rest they waited for input; the busiest one limits the job):");
      taskLoad.forEach(line -> say("  %s", line));
    } finally {
      WorkFolders.deleteQuietly(dir);
    }
  }

  /**
   * Runs the job live and feeds it the simulator in real time (sped up to reach the target rate);
   * reports the rate reached and event → committed-snapshot latency percentiles.
   */
  public void latency(String profile, Duration duration, double speed, int parallelism)
      throws Exception {
    Path dir = Files.createTempDirectory("callsight-bench");
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
      String bootstrap = kafka.bootstrapServers();
      KafkaTopics.ensure(bootstrap, List.of(Topic.values()), PARTITIONS, Duration.ofSeconds(30));
      KpiOptions options = options(bootstrap, "bench-latency", parallelism, dir);
      JobClient job = KpiJob.runOnKafka(LocalFlink.environment(), options);
      Thread.sleep(5_000); // let the job start and its consumers join before the clock starts

      Map<String, List<Long>> snapshots = new ConcurrentHashMap<>();
      AtomicBoolean reading = new AtomicBoolean(true);
      Thread reader = new Thread(() -> readSnapshots(bootstrap, snapshots, reading), "snapshots");
      reader.start();

      // The centre's clock is set so that now is its mid-morning peak.
      LocalTime peak = LocalTime.of(10, 30);
      int offsetSeconds = peak.toSecondOfDay() - LocalTime.now(ZoneOffset.UTC).toSecondOfDay();
      offsetSeconds = Math.floorMod(offsetSeconds + 12 * 3600, 24 * 3600) - 12 * 3600;
      SimulationConfig config =
          Profiles.named(profile).withZone(ZoneOffset.ofTotalSeconds(offsetSeconds / 900 * 900));
      Map<String, List<Long>> sent = new HashMap<>();
      say(
          "feeding the live job from the simulator (profile large, %.1fx real time) for %s ...",
          speed, duration);
      long t0 = System.nanoTime();
      long count;
      try (KafkaEventSink kafkaSink = new KafkaEventSink(bootstrap, Map.of("linger.ms", 1));
          CanonicalEventWriter writer =
              new CanonicalEventWriter(
                  new Recording(kafkaSink, sent), CallerIds.withKey(CALLER_KEY))) {
        Simulation sim = new Simulation(config, 1, Pacer.realtime(speed), writer);
        // Real time sped up: the simulated span is the wall-clock span times the speed.
        count =
            sim.run(RunLimits.simulated(Duration.ofMillis((long) (duration.toMillis() * speed))))
                .events();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      Thread.sleep(3_000); // the last events' snapshots
      reading.set(false);
      reader.join();
      job.cancel().get();

      long[][] measured = latencies(sent, snapshots);
      long firstEvent = Arrays.stream(measured).mapToLong(m -> m[0]).min().orElse(0);
      say("");
      say("rate: %,d events in %.1f s = %,.0f events/s", count, seconds, count / seconds);
      report("event → committed wall-board snapshot latency", measured, m -> true);
      report(
          "  after the first 10 s (start-up: 100,000 log-ins)",
          measured,
          m -> m[0] >= firstEvent + 10_000);
      StringBuilder windows = new StringBuilder("  p99 per 10 s:");
      for (long w = firstEvent; w < firstEvent + duration.toMillis(); w += 10_000) {
        long from = w;
        long[] l =
            Arrays.stream(measured)
                .filter(m -> m[0] >= from && m[0] < from + 10_000)
                .mapToLong(m -> m[1])
                .sorted()
                .toArray();
        windows.append(' ').append(pct(l, 0.99));
      }
      say("%s ms", windows);
    } finally {
      WorkFolders.deleteQuietly(dir);
    }
  }

  /** The job's options; its checkpoints go to the run's folder, deleted after it. */
  private KpiOptions options(String bootstrap, String group, int parallelism, Path dir) {
    Map<String, String> v = new HashMap<>();
    v.put(KpiOptions.CHECKPOINT_DIR.key(), dir.resolve("checkpoints").toUri().toString());
    v.put(KpiOptions.BOOTSTRAP.key(), bootstrap);
    v.put(KpiOptions.GROUP.key(), group);
    v.put(KpiOptions.KPI_PARALLELISM.key(), String.valueOf(parallelism));
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("kpi.") || k.startsWith("flink."))
        .forEach(k -> v.put(k, System.getProperty(k)));
    return KpiOptions.from(v, "benchmark");
  }

  /**
   * For each sent event, the first snapshot of its queue that reflects it: pairs of the event's
   * time and its latency.
   */
  private static long[][] latencies(
      Map<String, List<Long>> sent, Map<String, List<Long>> snapshots) {
    List<long[]> out = new ArrayList<>();
    for (Map.Entry<String, List<Long>> e : sent.entrySet()) {
      List<Long> snaps = snapshots.getOrDefault(e.getKey(), List.of());
      // snaps holds pairs: lastEventTime, received at; in arrival order.
      int from = 0;
      for (long eventTime : e.getValue()) {
        for (int i = from; i < snaps.size(); i += 2) {
          if (snaps.get(i) >= eventTime) {
            out.add(new long[] {eventTime, snaps.get(i + 1) - eventTime});
            from = i;
            break;
          }
        }
      }
    }
    return out.toArray(new long[0][]);
  }

  private void report(String what, long[][] measured, java.util.function.Predicate<long[]> which) {
    long[] l = Arrays.stream(measured).filter(which).mapToLong(m -> m[1]).sorted().toArray();
    say(
        "%s over %,d events: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms",
        what,
        l.length,
        pct(l, 0.5),
        pct(l, 0.9),
        pct(l, 0.99),
        l.length == 0 ? -1 : l[l.length - 1]);
  }

  private static void readSnapshots(
      String bootstrap, Map<String, List<Long>> snapshots, AtomicBoolean reading) {
    Map<String, Object> props =
        Map.of(
            "bootstrap.servers", bootstrap,
            "group.id", "bench-snapshot-reader",
            "auto.offset.reset", "earliest",
            "isolation.level", "read_committed");
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topic.QUEUE_SNAPSHOT.topicName()));
      while (reading.get()) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
          long now = System.currentTimeMillis();
          try {
            QueueSnapshot s = Json.fromBytes(r.value(), QueueSnapshot.class);
            List<Long> l = snapshots.computeIfAbsent(s.queue(), q -> new ArrayList<>());
            synchronized (l) {
              l.add(s.lastEventTime());
              l.add(now);
            }
          } catch (InvalidRecordException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
  }

  /** Records the job's Kafka readers have emitted of the backlog, from their offset gauges. */
  private static long read(JobGauges gauges, Map<TopicPartition, Long> ends) {
    Map<TopicPartition, Long> next = new HashMap<>();
    for (JobGauges.Entry g : gauges.named("currentOffset")) {
      String topic = g.scope().get("<topic>");
      String partition = g.scope().get("<partition>");
      if (topic != null && partition != null) {
        // The gauge is the offset of the last record emitted.
        next.merge(
            new TopicPartition(topic, Integer.parseInt(partition)), g.value() + 1, Math::max);
      }
    }
    return ends.entrySet().stream()
        .mapToLong(e -> Math.min(e.getValue(), next.getOrDefault(e.getKey(), 0L)))
        .sum();
  }

  private static Map<TopicPartition, Long> endOffsets(String bootstrap) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      Map<TopicPartition, OffsetSpec> request = new HashMap<>();
      for (String topic : List.of(Topic.CALL_EVENTS.topicName(), Topic.AGENT_EVENTS.topicName())) {
        for (int p = 0; p < PARTITIONS; p++) {
          request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
      }
      return admin.listOffsets(request).all().get().entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
  }

  private static long pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return -1;
    }
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private void say(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }

  /** Passes events on to Kafka and remembers when each KPI-changing call event happened. */
  private static final class Recording implements EventSink {
    private final EventSink next;
    private final Map<String, List<Long>> sent;

    Recording(EventSink next, Map<String, List<Long>> sent) {
      this.next = next;
      this.sent = sent;
    }

    @Override
    public void call(CallEvent e) {
      if (COUNTED.contains(e.type()) && e.queue() != null) {
        sent.computeIfAbsent(e.queue(), q -> new ArrayList<>()).add(e.eventTime());
      }
      next.call(e);
    }

    @Override
    public void agent(AgentEvent e) {
      next.agent(e);
    }

    @Override
    public void deadLetter(DeadLetter d) {
      next.deadLetter(d);
    }

    @Override
    public void flush() {
      next.flush();
    }

    @Override
    public void close() {
      next.close();
    }
  }
}
