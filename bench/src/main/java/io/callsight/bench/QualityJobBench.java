package io.callsight.bench;

import io.callsight.common.WorkFolders;
import io.callsight.jobs.flink.JobSetup;
import io.callsight.jobs.flink.LocalFlink;
import io.callsight.jobs.flink.TranscriptSerializer;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.flink.QualityJob;
import io.callsight.quality.text.Language;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Transcript;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.accumulators.LongMinimum;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;

/**
 * The quality job's throughput on Flink in this JVM: N ten-minute calls (the one {@code bench
 * quality} scores, each with its own call id and its switch events up to the wrap-up) through
 * {@link QualityJob#build} at parallelism 1, with the job's checkpoints, every output counted and
 * discarded. Beside the scorer-only figure it shows what the join, state, serialisation, the agent
 * scorecard and Flink itself add.
 *
 * <p>The calls' events go in before their transcripts, as live: a recording is transcribed after
 * the wrap-up. Left to race, the join would take its two inputs in turn, record by record; with six
 * events a call, whichever source started first decided whether transcripts waited in state for
 * their calls, and runs differed two- to threefold.
 */
public final class QualityJobBench {
  /**
   * An agent answers about 40 ten-minute calls a day. The scorecard re-reads the agent's whole day
   * on every call, so thousands of calls on one agent-day would measure that instead of the job.
   */
  static final int CALLS_PER_AGENT_DAY = 40;

  static final Instant FIRST_DAY = Instant.parse("2024-03-04T01:00:00Z");

  private static final String SCORES = "call-scores";
  private static final String JOINED = "joined";
  private static final String TURNS = "transcript-turns";
  private static final String ALERTS = "alerts";
  private static final String SCORECARDS = "agent-scorecard";
  private static final String DEAD_LETTERS = "dead-letters";
  private static final String FIRST_NANOS = "first-nanos";
  private static final String LAST_NANOS = "last-nanos";
  private static final String FIRST_CPU = "first-cpu";
  private static final String LAST_CPU = "last-cpu";

  /**
   * What one run of the job gave: its outputs, and the wall and process CPU time from the first
   * call event to the last call-score.
   */
  public record Run(
      long calls,
      long joined,
      long turns,
      long alerts,
      long scorecards,
      long deadLetters,
      double jobSeconds,
      double seconds,
      double cpuSeconds) {
    public double callsPerSecond() {
      return calls / seconds;
    }

    public double callsPerCpuSecond() {
      return calls / cpuSeconds;
    }
  }

  /** The MiniCluster runs in this JVM: the transcripts' source waits here for the last event. */
  private static volatile CountDownLatch callsWrappedUp;

  private final PrintWriter out;

  public QualityJobBench(PrintWriter out) {
    this.out = out;
  }

  /** A warm-up run, then a measured run of {@code calls} calls in {@code language}; prints both. */
  public void measure(Language language, int calls) throws Exception {
    requireCalls(calls);
    Path checkpoints = Files.createTempDirectory("callsight-bench-quality");
    try {
      measure(language, calls, options(checkpoints));
    } finally {
      WorkFolders.deleteQuietly(checkpoints);
    }
  }

  private void measure(Language language, int calls, QualityOptions options) throws Exception {
    say(
        "quality job on a Flink MiniCluster in this JVM: %,d ten-minute %s calls (%s), their"
            + " switch events before their transcripts, parallelism %d, checkpoints every %s (the"
            + " job's default); every output counted and discarded",
        calls,
        language,
        QualityBenchmark.describe(language),
        options.parallelism(),
        options.checkpointInterval());
    Run warmUp = run(language, calls, options);
    say("warm-up run (JIT, class loading): %.1f s", warmUp.jobSeconds());
    Run r = run(language, calls, options);
    say("measured run:");
    say(
        "  calls scored        %,d, %,d of them joined with their switch events",
        r.calls(), r.joined());
    say(
        "  other outputs       %,d transcript-turns, %,d alerts, %,d agent-scorecard rows, %,d dead"
            + " letters",
        r.turns(), r.alerts(), r.scorecards(), r.deadLetters());
    say(
        "  wall time           %.2f s from the first call event to the last call-score (%.1f s"
            + " job start to end)",
        r.seconds(), r.jobSeconds());
    say("  calls per second    %,.0f", r.callsPerSecond());
    say(
        "  process CPU         %.2f s in the same span (every thread: Flink, sources, join,"
            + " scoring, scorecard, checkpoints, GC, JIT)",
        r.cpuSeconds());
    say("  calls per CPU-second %,.0f", r.callsPerCpuSecond());
    say(
        "  (bench quality times the scorer alone, on one thread's CPU time: the difference is what"
            + " the job adds)");
    if (r.joined() < r.calls()) {
      say(
          "  %,d calls were scored without their switch events: they waited for %s",
          r.calls() - r.joined(), QualityOptions.WAIT_FOR_CALL.key());
    }
  }

  /**
   * One run of the job to the end of its input.
   *
   * @throws IllegalArgumentException when {@code calls} is under 1
   * @throws IllegalStateException when fewer call-scores come out than calls went in
   */
  public static Run run(Language language, int calls) throws Exception {
    requireCalls(calls);
    Path checkpoints = Files.createTempDirectory("callsight-bench-quality");
    try {
      return run(language, calls, options(checkpoints));
    } finally {
      WorkFolders.deleteQuietly(checkpoints);
    }
  }

  private static Run run(Language language, int calls, QualityOptions options) throws Exception {
    StreamExecutionEnvironment env = LocalFlink.environment();
    JobSetup.configure(
        env, options.parallelism(), options.checkpointInterval(), options.checkpointDir());
    // A failure ends the run with its cause instead of restarting the job over and over.
    env.configure(new Configuration().set(RestartStrategyOptions.RESTART_STRATEGY, "none"));
    DataStream<Transcript> transcripts =
        env.fromSequence(0, calls - 1)
            .map(new Transcripts(language))
            .returns(TranscriptSerializer.TYPE)
            .name("transcripts");
    DataStream<CallEvent> callEvents =
        env.fromSequence(0, calls - 1).flatMap(new CallEvents(calls)).name("call-events");
    // No agent-kpi rows: the scorecard counts the call scores alone (fromData refuses no data).
    DataStream<AgentKpi> agentKpi =
        env.fromSequence(0, 0)
            .flatMap((FlatMapFunction<Long, AgentKpi>) (n, none) -> {})
            .returns(AgentKpi.class)
            .name("no agent-kpi");

    QualityJob.Streams job = QualityJob.build(transcripts, callEvents, agentKpi, options);
    job.scores().map(new Timed(calls)).sinkTo(new DiscardingSink<>()).name("count call-scores");
    counted(job.turns(), TURNS);
    counted(job.alerts(), ALERTS);
    counted(job.scorecards(), SCORECARDS);
    counted(job.deadLetters(), DEAD_LETTERS);

    callsWrappedUp = new CountDownLatch(1);
    long start = System.nanoTime();
    JobExecutionResult result = env.execute("CallSight quality job bench");
    double jobSeconds = (System.nanoTime() - start) / 1e9;
    long scored = count(result, SCORES);
    if (scored < calls) {
      throw new IllegalStateException(
          String.format(
              "%,d calls went in but %,d call-scores came out (%,d dead letters)",
              calls, scored, count(result, DEAD_LETTERS)));
    }
    return new Run(
        scored,
        count(result, JOINED),
        count(result, TURNS),
        count(result, ALERTS),
        count(result, SCORECARDS),
        count(result, DEAD_LETTERS),
        jobSeconds,
        (count(result, LAST_NANOS) - count(result, FIRST_NANOS)) / 1e9,
        (count(result, LAST_CPU) - count(result, FIRST_CPU)) / 1e9);
  }

  private static void requireCalls(int calls) {
    if (calls < 1) {
      throw new IllegalArgumentException("at least 1 call is needed, not " + calls);
    }
  }

  /** The job's default options, at parallelism 1, checkpointing into {@code checkpoints}. */
  static QualityOptions options(Path checkpoints) {
    return QualityOptions.from(
        Map.of(
            QualityOptions.PARALLELISM.key(),
            "1",
            KpiOptions.CHECKPOINT_DIR.key(),
            checkpoints.toUri().toString()),
        "bench quality-job");
  }

  static String callId(long call) {
    return "bench-" + call;
  }

  /** Calls follow each other through an agent's day, then the next day. */
  static long queuedAt(long call) {
    return FIRST_DAY
        .plus(Duration.ofDays(call / CALLS_PER_AGENT_DAY))
        .plus(Duration.ofMinutes(12 * (call % CALLS_PER_AGENT_DAY)))
        .toEpochMilli();
  }

  private static long count(JobExecutionResult result, String name) {
    Object value = result.getAccumulatorResult(name);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static <T> void counted(DataStream<T> stream, String name) {
    stream.map(new Counted<T>(name)).sinkTo(new DiscardingSink<>()).name("count " + name);
  }

  /** CPU time of this whole process (every thread), for the benches' CPU-per-work figures. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private void say(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }

  /** The ten-minute call under each call id: one transcript made once, its id and time changed. */
  private static final class Transcripts extends RichMapFunction<Long, Transcript> {
    private final Language language;
    private transient Transcript call;

    Transcripts(Language language) {
      this.language = language;
    }

    @Override
    public void open(OpenContext context) throws InterruptedException {
      call = TenMinuteCall.transcript(language, 7, "template", FIRST_DAY.toEpochMilli());
      callsWrappedUp.await();
    }

    @Override
    public Transcript map(Long n) {
      String id = callId(n);
      long answeredAt = queuedAt(n) + TenMinuteCall.WAIT_MS;
      return new Transcript(
          id,
          "rec-" + id,
          call.language(),
          call.engine(),
          call.modelId(),
          call.layout(),
          call.durationMs(),
          answeredAt,
          answeredAt + call.transcribedAt() - call.eventTime(),
          call.turns(),
          call.measures());
    }
  }

  /**
   * Each call's switch events up to the wrap-up, call after call. Starts the clock at the first
   * call and lets the transcripts go after the last.
   */
  private static final class CallEvents extends RichFlatMapFunction<Long, CallEvent> {
    private final long calls;
    private transient LongMinimum firstNanos;
    private transient LongMinimum firstCpu;
    private transient long seen;

    CallEvents(long calls) {
      this.calls = calls;
    }

    @Override
    public void open(OpenContext context) {
      firstNanos = new LongMinimum();
      firstCpu = new LongMinimum();
      getRuntimeContext().addAccumulator(FIRST_NANOS, firstNanos);
      getRuntimeContext().addAccumulator(FIRST_CPU, firstCpu);
    }

    @Override
    public void flatMap(Long call, Collector<CallEvent> out) {
      if (seen++ == 0) {
        firstNanos.add(System.nanoTime());
        firstCpu.add(processCpuNanos());
      }
      TenMinuteCall.events(callId(call), queuedAt(call)).forEach(out::collect);
      if (seen == calls) {
        callsWrappedUp.countDown();
      }
    }
  }

  /** Counts what passes in an accumulator. */
  private static class Counted<T> extends RichMapFunction<T, T> {
    private final String name;
    private transient LongCounter counter;

    Counted(String name) {
      this.name = name;
    }

    @Override
    public void open(OpenContext context) {
      counter = getRuntimeContext().getLongCounter(name);
    }

    @Override
    public T map(T value) {
      counter.add(1);
      return value;
    }
  }

  /**
   * Counts call-scores and stops the clock at the last one, so the measured span (from the first
   * call event) leaves out the MiniCluster's start, the job's deployment and its end.
   */
  private static final class Timed extends Counted<ScoredCall> {
    private final long expected;
    private transient LongCounter joined;
    private transient LongMaximum lastNanos;
    private transient LongMaximum lastCpu;
    private transient long seen;

    Timed(long expected) {
      super(SCORES);
      this.expected = expected;
    }

    @Override
    public void open(OpenContext context) {
      super.open(context);
      joined = getRuntimeContext().getLongCounter(JOINED);
      lastNanos = new LongMaximum();
      lastCpu = new LongMaximum();
      getRuntimeContext().addAccumulator(LAST_NANOS, lastNanos);
      getRuntimeContext().addAccumulator(LAST_CPU, lastCpu);
    }

    @Override
    public ScoredCall map(ScoredCall c) {
      seen++;
      if (seen == expected) {
        lastNanos.add(System.nanoTime());
        lastCpu.add(processCpuNanos());
      }
      if (c.callEventsJoined()) {
        joined.add(1);
      }
      return super.map(c);
    }
  }
}
