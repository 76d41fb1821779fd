package io.callsight.cli;

import io.callsight.common.WorkFolders;
import io.callsight.druid.DruidClient;
import io.callsight.druid.DruidEndpoints;
import io.callsight.druid.DruidException;
import io.callsight.druid.SupervisorOutcome;
import io.callsight.druid.SupervisorSpecs;
import io.callsight.ingest.asterisk.QueueLogIngest;
import io.callsight.ingest.asterisk.QueueLogIngestOptions;
import io.callsight.ingest.recordings.RecordingsIngest;
import io.callsight.ingest.recordings.RecordingsIngestOptions;
import io.callsight.ingest.sim.Pacing;
import io.callsight.ingest.sim.SimulateOptions;
import io.callsight.ingest.sim.SimulateService;
import io.callsight.jobs.flink.LocalFlink;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJob;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.flink.QualityJob;
import io.callsight.jobs.transcribe.TranscribeOptions;
import io.callsight.jobs.transcribe.flink.TranscribeJob;
import io.callsight.local.DruidPorts;
import io.callsight.local.LocalStack;
import io.callsight.schemas.Alert;
import io.callsight.schemas.InvalidRecordException;
import io.callsight.schemas.Json;
import io.callsight.schemas.QueueKpi;
import io.callsight.schemas.QueueSnapshot;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import io.callsight.speech.SpeechOptions;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code callsight demo}: the whole pipeline on this machine — a Kafka broker and a real Druid, the
 * KPI job on a Flink MiniCluster, and live traffic from the simulator or a queue_log — with a
 * wall-board line per queue queried back from Druid while it runs.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline locally: starts Kafka and Druid, submits Druid's Kafka"
          + " supervisors, runs the KPI job, feeds it simulated calls (or a queue_log you point"
          + " at) and prints a live wall-board line per queue queried back from Druid.",
      "With --recordings DIR --model DIR it also transcribes the recordings that appear in DIR"
          + " and scores each transcript against the script of its language.",
      "Ctrl-C stops everything; --duration stops after that long with a summary."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--duration",
      paramLabel = "PT2M",
      description = "Run this long, print a summary and exit 0 (default: until Ctrl-C)")
  Duration duration;

  @Option(
      names = "--queue-log",
      paramLabel = "FILE",
      description = "Follow a real Asterisk queue_log instead of simulating calls")
  Path queueLog;

  @Option(
      names = "--speed",
      defaultValue = "20",
      description = "Simulated centre's speed-up over real time. Default: ${DEFAULT-VALUE}")
  double speed;

  @Option(names = "--profile", defaultValue = "small", description = "Simulator profile")
  String profile;

  @Option(
      names = "--board-every",
      defaultValue = "PT5S",
      description = "How often the wall-board is printed. Default: ${DEFAULT-VALUE}")
  Duration boardEvery;

  @Option(
      names = "--free-ports",
      description = "Give Druid free ports instead of the usual ones (router 8888, ...)")
  boolean freePorts;

  @Option(
      names = "--recordings",
      paramLabel = "DIR",
      description =
          "Also transcribe the call recordings that appear in this folder (needs --model), as"
              + " `ingest recordings` and `transcribe-job` do")
  Path recordings;

  @Option(names = "--model", paramLabel = "DIR", description = "The Vosk model for --recordings")
  Path model;

  @Mixin LayoutOption layout;

  @Mixin CallerKey callerKey;

  @Spec CommandSpec spec;

  private final Map<String, QueueSnapshot> board = new TreeMap<>();
  private final List<Transcript> transcripts = new ArrayList<>();
  private final List<ScoredCall> scores = new ArrayList<>();
  private final List<Alert> alerts = new ArrayList<>();
  private final Map<String, QueueKpi> rows = new HashMap<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    checkRecordingOptions();
    Path dir = Files.createTempDirectory("callsight-demo");
    List<AutoCloseable> running = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch cleanedUp = new CountDownLatch(1);
    // Ctrl-C: ask the main thread to stop and let the JVM go only once everything is down.
    Thread hook =
        new Thread(
            () -> {
              stopped.countDown();
              try {
                cleanedUp.await(1, TimeUnit.MINUTES);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "demo-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    long started = System.nanoTime();
    try {
      LocalStack stack =
          LocalStack.start(
              dir.resolve("stack"),
              freePorts ? DruidPorts.free() : DruidPorts.defaults(),
              2,
              m -> say(out, "%s", m));
      running.add(0, stack);
      String bootstrap = stack.kafkaBootstrap();
      say(out, "Kafka at %s, topics: %s", bootstrap, topicNames());
      DruidClient druid =
          new DruidClient(DruidEndpoints.router(stack.druid().routerUrl().toString()));
      for (SupervisorOutcome o : druid.ensureSupervisors(SupervisorSpecs.forKafka(bootstrap))) {
        say(out, "Druid supervisor %s", o);
      }
      say(
          out,
          "Druid SQL at %s (router %s); try ./callsight query --druid %s \"SELECT * FROM"
              + " queue_kpi LIMIT 5\"",
          stack.druid().sqlUrl(),
          stack.druid().routerUrl(),
          stack.druid().routerUrl());
      say(out, "ready in %.0f s", (System.nanoTime() - started) / 1e9);

      Map<String, String> values = new HashMap<>();
      values.put(KpiOptions.BOOTSTRAP.key(), bootstrap);
      values.put(KpiOptions.IDLENESS.key(), "PT2S");
      values.put(KpiOptions.CHECKPOINT_DIR.key(), dir.resolve("checkpoints").toUri().toString());
      KpiOptions options = KpiOptions.from(values, "demo");
      JobClient job = KpiJob.runOnKafka(LocalFlink.environment(), options);
      running.add(0, () -> job.cancel().get(30, TimeUnit.SECONDS));
      say(out, "KPI job running on a local Flink MiniCluster (job %s)", job.getJobID());

      if (recordings != null) {
        running.add(0, startTranscription(bootstrap, dir, out));
      }
      running.add(0, startFeed(bootstrap, out));
      Thread reader = new Thread(() -> readBoard(bootstrap), "demo-board");
      reader.setDaemon(true);
      reader.start();

      say(
          out,
          "wall-board every %ds (queried from Druid: newest queue_snapshot row per queue);"
              + " Ctrl-C stops%n",
          boardEvery.toSeconds());
      long until = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
      while (!stopped.await(boardEvery.toMillis(), TimeUnit.MILLISECONDS)) {
        printBoard(out, new DruidWallBoard(druid));
        if (System.nanoTime() >= until) {
          break;
        }
      }
      summary(out, started, druid);
      return 0;
    } finally {
      for (AutoCloseable c : running) {
        try {
          c.close();
        } catch (Exception e) {
          out.println("callsight demo: while stopping: " + e.getMessage());
        }
      }
      WorkFolders.deleteQuietly(dir);
      out.println("callsight demo: stopped; removed " + dir);
      out.flush();
      cleanedUp.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Already shutting down: Ctrl-C got us here.
      }
    }
  }

  private void checkRecordingOptions() {
    if (recordings == null && model == null) {
      return;
    }
    if (recordings == null || model == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--recordings and --model go together: the folder to watch and the Vosk model that"
              + " transcribes what appears in it");
    }
    if (!Files.isDirectory(recordings)) {
      throw new ParameterException(
          spec.commandLine(), "--recordings " + recordings + ": no such folder");
    }
  }

  /**
   * The transcription job on the MiniCluster and a watcher announcing the folder's finished
   * recordings; the model is checked before anything starts.
   */
  private AutoCloseable startTranscription(String bootstrap, Path dir, PrintWriter out)
      throws Exception {
    Map<String, String> values = new HashMap<>();
    values.put(KpiOptions.BOOTSTRAP.key(), bootstrap);
    values.put(KpiOptions.CHECKPOINT_DIR.key(), dir.resolve("checkpoints").toUri().toString());
    values.put(SpeechOptions.MODEL.key(), model.toString());
    JobClient job =
        TranscribeJob.runOnKafka(LocalFlink.environment(), TranscribeOptions.from(values, "demo"));
    say(out, "transcription job running with model %s (job %s)", model, job.getJobID());
    Map<String, String> quality = new HashMap<>();
    quality.put(KpiOptions.BOOTSTRAP.key(), bootstrap);
    quality.put(KpiOptions.CHECKPOINT_DIR.key(), values.get(KpiOptions.CHECKPOINT_DIR.key()));
    // The simulator's calls have no recordings: score a transcript soon after it arrives.
    quality.put(QualityOptions.WAIT_FOR_CALL.key(), "PT5S");
    JobClient scoring =
        QualityJob.runOnKafka(LocalFlink.environment(), QualityOptions.from(quality, "demo"));
    say(out, "quality job running (job %s)", scoring.getJobID());
    RecordingsIngest watcher =
        RecordingsIngest.connect(
            RecordingsIngestOptions.builder(recordings)
                .stereoLayout(layout.layout)
                .stateFile(dir.resolve("recordings.json"))
                .bootstrapServers(bootstrap)
                .topicPartitions(2)
                .metricsPort(0)
                .build(),
            new PrintStream(java.io.OutputStream.nullOutputStream()));
    inBackground(out, "demo-recordings", "recordings watcher", watcher::run);
    say(out, "watching %s for finished recordings (%s)", recordings, layout.layout.json());
    return () -> {
      watcher.stop();
      watcher.close();
      job.cancel().get(30, TimeUnit.SECONDS);
      scoring.cancel().get(30, TimeUnit.SECONDS);
    };
  }

  private AutoCloseable startFeed(String bootstrap, PrintWriter out) throws Exception {
    PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
    if (queueLog != null) {
      QueueLogIngest ingest =
          QueueLogIngest.connect(
              QueueLogIngestOptions.builder(queueLog, callerKey.orRandom())
                  .follow(true)
                  .offsetsFile(Files.createTempFile("callsight-demo", ".offsets.json"))
                  .bootstrapServers(bootstrap)
                  .metricsPort(0)
                  .topicPartitions(2)
                  .build(),
              quiet);
      inBackground(out, "demo-queue-log", "queue_log ingest", ingest::run);
      say(out, "following %s into Kafka", queueLog);
      return () -> {
        ingest.stop();
        ingest.close();
      };
    }
    // The simulated centre's clock is set so that now is its busy mid-morning.
    int offset =
        LocalTime.of(10, 0).toSecondOfDay() - LocalTime.now(ZoneOffset.UTC).toSecondOfDay();
    offset = Math.floorMod(offset + 12 * 3600, 24 * 3600) - 12 * 3600;
    SimulateService sim =
        new SimulateService(
            SimulateOptions.builder()
                .profile(profile)
                .pacing(Pacing.REALTIME)
                .speed(speed)
                .bootstrapServers(bootstrap)
                .callerHashKey(callerKey.orRandom())
                .partitions(2)
                .metricsPort(-1)
                .zone(ZoneOffset.ofTotalSeconds(offset / 900 * 900))
                .build(),
            quiet);
    inBackground(out, "demo-simulator", "simulator", sim::run);
    say(out, "simulating profile %s at %.0fx real time into Kafka", profile, speed);
    return sim::stop;
  }

  private void readBoard(String bootstrap) {
    Map<String, Object> props =
        Map.of(
            "bootstrap.servers", bootstrap,
            "group.id", "demo-wall-board",
            "auto.offset.reset", "earliest",
            "isolation.level", "read_committed");
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(
          List.of(
              Topic.QUEUE_SNAPSHOT.topicName(),
              Topic.ALERTS.topicName(),
              Topic.QUEUE_KPI.topicName(),
              Topic.TRANSCRIPTS.topicName(),
              Topic.CALL_SCORES.topicName()));
      while (!Thread.currentThread().isInterrupted()) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          try {
            synchronized (board) {
              Topic topic = Topic.byName(r.topic());
              if (topic == Topic.QUEUE_SNAPSHOT) {
                QueueSnapshot s = Json.fromBytes(r.value(), QueueSnapshot.class);
                board.put(s.queue(), s);
              } else if (topic == Topic.ALERTS) {
                alerts.add(Json.fromBytes(r.value(), Alert.class));
              } else if (topic == Topic.TRANSCRIPTS) {
                transcripts.add(Json.fromBytes(r.value(), Transcript.class));
              } else if (topic == Topic.CALL_SCORES) {
                scores.add(Json.fromBytes(r.value(), ScoredCall.class));
              } else {
                QueueKpi k = Json.fromBytes(r.value(), QueueKpi.class);
                rows.put(k.queue() + k.intervalStart(), k);
              }
            }
          } catch (InvalidRecordException e) {
            // The job writes only valid records; a bad one would be a bug worth seeing.
            throw new IllegalStateException(e);
          }
        }
      }
    } catch (org.apache.kafka.common.errors.InterruptException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void printBoard(PrintWriter out, DruidWallBoard fromDruid) {
    List<String> lines;
    try {
      lines = DruidWallBoard.lines(fromDruid.rows());
    } catch (DruidException e) {
      // queue_snapshot is not a table until Druid has ingested its first row.
      lines = List.of();
    }
    synchronized (board) {
      if (lines.isEmpty()) {
        out.println("  (waiting for the first snapshot in Druid ...)");
      }
      lines.forEach(out::println);
      if (!alerts.isEmpty()) {
        Alert a = alerts.get(alerts.size() - 1);
        out.println("  latest alert: " + a.level() + " " + a.state() + " - " + a.message());
      }
      if (!transcripts.isEmpty()) {
        Transcript t = transcripts.get(transcripts.size() - 1);
        out.printf(
            Locale.ROOT,
            "  latest transcript: call %s, %d s, %d turns (%d transcribed)%n",
            t.callId(),
            t.durationMs() / 1000,
            t.turns().size(),
            transcripts.size());
      }
      if (!scores.isEmpty()) {
        ScoredCall c = scores.get(scores.size() - 1);
        out.printf(
            Locale.ROOT,
            "  latest score: call %s, %.0f/100%s, %s, rules failed: %s (%d scored)%n",
            c.callId(),
            c.score(),
            c.autoFail() ? " AUTO-FAIL" : "",
            c.category(),
            c.failedRules().isEmpty() ? "none" : String.join(", ", c.failedRules()),
            scores.size());
      }
      out.println();
      out.flush();
    }
  }

  private void summary(PrintWriter out, long started, DruidClient druid) {
    String inDruid;
    try {
      inDruid =
          druid
                  .sql(
                      "SELECT COUNT(*) AS n FROM (SELECT queue, __time FROM queue_kpi GROUP BY"
                          + " queue, __time)")
                  .value(0, "n")
              + " interval rows in Druid";
    } catch (DruidException e) {
      inDruid = "no interval row in Druid yet";
    }
    synchronized (board) {
      long offered = 0;
      long answered = 0;
      for (QueueSnapshot s : board.values()) {
        offered += s.dayOffered();
        answered += s.dayAnswered();
      }
      say(
          out,
          "summary after %ds: %d queues, %d calls offered and %d answered today, %d closed"
              + " interval rows (%s), %d alerts, recordings transcribed: %d, calls scored: %d",
          (System.nanoTime() - started) / 1_000_000_000L,
          board.size(),
          offered,
          answered,
          rows.size(),
          inDruid,
          alerts.size(),
          transcripts.size(),
          scores.size());
    }
  }

  private static List<String> topicNames() {
    List<String> names = new ArrayList<>();
    for (Topic t : Topic.values()) {
      names.add(t.topicName());
    }
    return names;
  }

  /** What a background part of the demo runs; it may throw. */
  private interface Part {
    void run() throws Exception;
  }

  /** Runs {@code part} on a daemon thread; if it stops with an error, says so. */
  private static void inBackground(PrintWriter out, String thread, String what, Part part) {
    Thread t =
        new Thread(
            () -> {
              try {
                part.run();
              } catch (Exception e) {
                out.println("callsight demo: " + what + " stopped: " + e.getMessage());
              }
            },
            thread);
    t.setDaemon(true);
    t.start();
  }

  private static void say(PrintWriter out, String format, Object... args) {
    out.println("callsight demo: " + String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
