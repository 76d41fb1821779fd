package io.callsight.jobs.kpi;

import io.callsight.common.Option;
import io.callsight.common.Options;
import io.callsight.schemas.ServiceLevelFormula;
import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the KPI job can be told, typed and checked once at start-up. Per-queue targets are
 * given as {@code kpi.queue.<name>.<option>}, e.g. {@code kpi.queue.sales.sl-threshold=PT15S}.
 */
public record KpiOptions(
    String bootstrapServers,
    String groupId,
    int parallelism,
    Duration checkpointInterval,
    String checkpointDir,
    Intervals intervals,
    ZoneId timeZone,
    Duration allowedLateness,
    Duration outOfOrderness,
    Duration sourceIdleness,
    Duration maxSourceDrift,
    Duration unknownCallGrace,
    Duration callTtl,
    Duration finishedCallRetention,
    Duration clockTolerance,
    Duration repeatWindow,
    QueueTargets defaultTargets,
    Map<String, QueueTargets> queueTargets,
    boolean liveSnapshots,
    SinkGuarantee snapshotGuarantee,
    Duration snapshotMinInterval,
    Duration snapshotInterval,
    StaffingSettings staffing,
    double slCriticalMargin,
    double slClearMargin,
    int slAlertMinCalls)
    implements Serializable {

  public static final Option<String> BOOTSTRAP =
      Option.text("kafka.bootstrap-servers", "localhost:9092", "Kafka brokers to read and write");
  public static final Option<String> GROUP =
      Option.text("kafka.group-id", "callsight-kpi", "Kafka consumer group of the job");

  /**
   * The KPI job's: one instance of its pipeline (five stages, each a thread) keeps about two cores
   * busy, and on two cores one instance drains a backlog faster than two (`bench pipeline`).
   */
  public static final Option<Integer> KPI_PARALLELISM =
      Option.integer(
          "flink.parallelism",
          Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
          1,
          "Parallel instances of each operator; by default one per two cores of the machine"
              + " that starts the job (one instance keeps about two busy)");

  public static final Option<Duration> CHECKPOINT =
      Option.duration(
          "flink.checkpoint-interval",
          Duration.ofSeconds(1),
          "How often state is checkpointed and the exactly-once Kafka transactions commit; rows"
              + " become readable to read_committed consumers at each checkpoint");
  public static final Option<String> CHECKPOINT_DIR =
      Option.text(
          "flink.checkpoint-dir",
          java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "callsight-checkpoints")
              .toUri()
              .toString(),
          "Where checkpoints are kept (a file:// or s3:// URI shared by the cluster)");
  public static final Option<String> INTERVAL =
      Option.text("kpi.interval", "PT15M", "KPI interval: PT15M-style, P1D, or all");
  public static final Option<ZoneId> ZONE =
      Option.zone("kpi.time-zone", ZoneId.of("UTC"), "The centre's time zone, for days");
  public static final Option<Duration> LATENESS =
      Option.duration(
          "kpi.allowed-lateness",
          Duration.ofHours(1),
          "How long after an interval closes late data still corrects its row");
  public static final Option<Duration> OUT_OF_ORDER =
      Option.duration(
          "kpi.out-of-orderness",
          Duration.ofSeconds(5),
          "How far events may arrive out of order before an interval is closed");
  public static final Option<Duration> IDLENESS =
      Option.duration(
          "kpi.source-idleness",
          Duration.ofSeconds(30),
          "After this long without data a Kafka partition stops holding back the watermark");
  public static final Option<Duration> MAX_DRIFT =
      Option.duration(
          "kpi.max-source-drift",
          Duration.ZERO,
          "How far (in event time) one Kafka partition may read ahead of the slowest while"
              + " catching up, to bound the state a backlog builds; 0 (off) lets every partition"
              + " read as fast as it can. Set it (e.g. PT1H) when one partition holds far more"
              + " backlog than the others");
  public static final Option<Duration> UNKNOWN_CALL_GRACE =
      Option.duration(
          "kpi.unknown-call-grace",
          Duration.ofMinutes(1),
          "How long an event waits for its call's QUEUED before it is dead-lettered");
  public static final Option<Duration> CALL_TTL =
      Option.duration(
          "kpi.call-ttl",
          Duration.ofHours(4),
          "How long an unfinished call is kept after its last event");
  public static final Option<Duration> RETENTION =
      Option.duration(
          "kpi.finished-call-retention",
          Duration.ofMinutes(30),
          "How long a finished call is remembered to drop late duplicates");
  public static final Option<Duration> CLOCK_TOLERANCE =
      Option.duration(
          "kpi.clock-tolerance",
          Duration.ofSeconds(1),
          "How far an event may precede its call's start before the clock is deemed wrong");
  public static final Option<Duration> REPEAT_WINDOW =
      Option.duration(
          "kpi.repeat-window",
          Duration.ofDays(7),
          "A caller calling again within this window is a repeat caller");
  public static final Option<Duration> SL_THRESHOLD =
      Option.duration(
          "kpi.sl-threshold",
          QueueTargets.DEFAULTS.slThreshold(),
          "Service-level threshold T (answered within T)");
  public static final Option<Double> SL_TARGET =
      Option.fraction(
          "kpi.sl-target",
          QueueTargets.DEFAULTS.slTarget(),
          "Service-level target, e.g. 0.8 or 80%");
  public static final Option<Duration> SHORT_ABANDON =
      Option.duration(
          "kpi.short-abandon",
          QueueTargets.DEFAULTS.shortAbandon(),
          "Callers hanging up within this wait are short abandons, counted apart");
  public static final Option<ServiceLevelFormula> SL_FORMULA =
      Option.choice(
          "kpi.sl-formula",
          ServiceLevelFormula.DEFAULT,
          ServiceLevelFormula.class,
          "Service-level formula");
  public static final Option<Integer> WAITING_LIMIT =
      Option.integer(
          "kpi.waiting-limit",
          QueueTargets.DEFAULTS.waitingLimit(),
          1,
          "Calls waiting at which a warning is raised (twice this is critical)");
  public static final Option<Boolean> LIVE =
      Option.flag("kpi.live-snapshots", true, "Emit wall-board snapshots and alerts");
  public static final Option<SinkGuarantee> SNAPSHOT_GUARANTEE =
      Option.choice(
          "kpi.snapshot.delivery",
          SinkGuarantee.AT_LEAST_ONCE,
          SinkGuarantee.class,
          "at-least-once: snapshots reach the wall-board at once (a failover may repeat one);"
              + " exactly-once: a checkpoint later, like every other output");
  public static final Option<Duration> SNAPSHOT_MIN =
      Option.duration(
          "kpi.snapshot.min-interval",
          Duration.ofMillis(200),
          "A changed queue gets a new snapshot at most this often");
  public static final Option<Duration> SNAPSHOT_EVERY =
      Option.duration(
          "kpi.snapshot.interval",
          Duration.ofSeconds(5),
          "Every queue gets a snapshot at least this often, changed or not");
  public static final Option<Duration> DEFAULT_AHT =
      Option.duration(
          "kpi.staffing.default-aht",
          StaffingSettings.DEFAULTS.defaultAht(),
          "Handle time Erlang C assumes before a queue has handled a call today");
  public static final Option<Duration> ARRIVAL_WINDOW =
      Option.duration(
          "kpi.staffing.arrival-window",
          StaffingSettings.DEFAULTS.arrivalWindow(),
          "How far back the arrival rate for staffing looks");
  public static final Option<Double> SL_CRITICAL_MARGIN =
      Option.fraction(
          "kpi.alert.sl-critical-margin", 0.15, "Service level this far below target is critical");
  public static final Option<Double> SL_CLEAR_MARGIN =
      Option.fraction(
          "kpi.alert.sl-clear-margin",
          0.05,
          "Service level must recover this far past a threshold before the grade drops");
  public static final Option<Integer> SL_MIN_CALLS =
      Option.integer(
          "kpi.alert.sl-min-calls",
          5,
          1,
          "Calls the running interval needs before its service level can raise an alert");

  /** Every option, for help texts and for refusing unknown keys. */
  public static final List<Option<?>> ALL =
      List.of(
          BOOTSTRAP,
          GROUP,
          KPI_PARALLELISM,
          CHECKPOINT,
          CHECKPOINT_DIR,
          INTERVAL,
          ZONE,
          LATENESS,
          OUT_OF_ORDER,
          IDLENESS,
          MAX_DRIFT,
          UNKNOWN_CALL_GRACE,
          CALL_TTL,
          RETENTION,
          CLOCK_TOLERANCE,
          REPEAT_WINDOW,
          SL_THRESHOLD,
          SL_TARGET,
          SHORT_ABANDON,
          SL_FORMULA,
          WAITING_LIMIT,
          LIVE,
          SNAPSHOT_GUARANTEE,
          SNAPSHOT_MIN,
          SNAPSHOT_EVERY,
          DEFAULT_AHT,
          ARRIVAL_WINDOW,
          SL_CRITICAL_MARGIN,
          SL_CLEAR_MARGIN,
          SL_MIN_CALLS);

  private static final Pattern QUEUE_KEY = Pattern.compile("kpi\\.queue\\.([^.]+)\\.(.+)");
  private static final List<Option<?>> PER_QUEUE =
      List.of(SL_THRESHOLD, SL_TARGET, SHORT_ABANDON, SL_FORMULA, WAITING_LIMIT);

  public static KpiOptions defaults() {
    return from(Map.of(), "defaults");
  }

  /**
   * Reads the options; {@code origin} names where they came from (a file, the command line) in
   * every error.
   */
  public static KpiOptions from(Map<String, String> values, String origin) {
    Options.requireKnown(values, ALL, k -> isQueueKey(k, origin), origin);
    ZoneId zone = ZONE.from(values, origin);
    Intervals intervals;
    try {
      intervals = Intervals.parse(INTERVAL.from(values, origin), zone);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          origin + ": option " + INTERVAL.key() + ": " + e.getMessage(), e);
    }
    QueueTargets defaults = targets(values, QueueTargets.DEFAULTS, origin);
    Map<String, Map<String, String>> perQueue = new HashMap<>();
    values.forEach(
        (k, v) -> {
          Matcher m = QUEUE_KEY.matcher(k);
          if (m.matches()) {
            perQueue.computeIfAbsent(m.group(1), q -> new HashMap<>()).put("kpi." + m.group(2), v);
          }
        });
    Map<String, QueueTargets> queueTargets = new HashMap<>();
    perQueue.forEach(
        (queue, v) ->
            queueTargets.put(queue, targets(v, defaults, origin + " (queue " + queue + ")")));
    Duration snapshotMin = SNAPSHOT_MIN.from(values, origin);
    Duration snapshotEvery = SNAPSHOT_EVERY.from(values, origin);
    if (snapshotMin.isZero() || snapshotEvery.compareTo(snapshotMin) < 0) {
      throw new IllegalArgumentException(
          origin
              + ": "
              + SNAPSHOT_EVERY.key()
              + " must be at least "
              + SNAPSHOT_MIN.key()
              + ", which must be positive");
    }
    Duration checkpoint = checkpointInterval(values, origin);
    return new KpiOptions(
        BOOTSTRAP.from(values, origin),
        GROUP.from(values, origin),
        KPI_PARALLELISM.from(values, origin),
        checkpoint,
        CHECKPOINT_DIR.from(values, origin),
        intervals,
        zone,
        LATENESS.from(values, origin),
        OUT_OF_ORDER.from(values, origin),
        IDLENESS.from(values, origin),
        MAX_DRIFT.from(values, origin),
        UNKNOWN_CALL_GRACE.from(values, origin),
        CALL_TTL.from(values, origin),
        RETENTION.from(values, origin),
        CLOCK_TOLERANCE.from(values, origin),
        REPEAT_WINDOW.from(values, origin),
        defaults,
        Map.copyOf(queueTargets),
        LIVE.from(values, origin),
        SNAPSHOT_GUARANTEE.from(values, origin),
        snapshotMin,
        snapshotEvery,
        new StaffingSettings(DEFAULT_AHT.from(values, origin), ARRIVAL_WINDOW.from(values, origin)),
        SL_CRITICAL_MARGIN.from(values, origin),
        SL_CLEAR_MARGIN.from(values, origin),
        SL_MIN_CALLS.from(values, origin));
  }

  /**
   * The checkpoint interval of any of the jobs (they share the option): Flink refuses intervals
   * under 10 ms, so they are refused here with the option's name and where it came from.
   */
  public static Duration checkpointInterval(Map<String, String> values, String origin) {
    Duration checkpoint = CHECKPOINT.from(values, origin);
    if (checkpoint.toMillis() < 10) {
      throw new IllegalArgumentException(
          origin + ": " + CHECKPOINT.key() + " must be at least 10 ms");
    }
    return checkpoint;
  }

  /** The targets of a queue: its own where configured, else the defaults. */
  public QueueTargets targetsFor(String queue) {
    return queueTargets.getOrDefault(queue, defaultTargets);
  }

  /** Calendar days in the centre's time zone, for the wall-board's "today". */
  public Intervals days() {
    return Intervals.days(timeZone);
  }

  /** The alert rule for a queue's live service level. */
  public AlertRule serviceLevelRule(QueueTargets t) {
    return new AlertRule(
        "SERVICE_LEVEL",
        false,
        t.slTarget(),
        Math.max(0, t.slTarget() - slCriticalMargin),
        slClearMargin);
  }

  /** The alert rule for a queue's calls waiting: critical at twice the limit. */
  public AlertRule waitingRule(QueueTargets t) {
    return new AlertRule(
        "CALLS_WAITING",
        true,
        t.waitingLimit(),
        2.0 * t.waitingLimit(),
        Math.max(1, t.waitingLimit() / 5));
  }

  private static QueueTargets targets(Map<String, String> v, QueueTargets base, String origin) {
    try {
      return new QueueTargets(
          v.containsKey(SL_THRESHOLD.key()) ? SL_THRESHOLD.from(v, origin) : base.slThreshold(),
          v.containsKey(SL_TARGET.key()) ? SL_TARGET.from(v, origin) : base.slTarget(),
          v.containsKey(SHORT_ABANDON.key()) ? SHORT_ABANDON.from(v, origin) : base.shortAbandon(),
          v.containsKey(SL_FORMULA.key()) ? SL_FORMULA.from(v, origin) : base.slFormula(),
          v.containsKey(WAITING_LIMIT.key()) ? WAITING_LIMIT.from(v, origin) : base.waitingLimit());
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith(origin)
          ? e
          : new IllegalArgumentException(origin + ": " + e.getMessage(), e);
    }
  }

  private static boolean isQueueKey(String key, String origin) {
    Matcher m = QUEUE_KEY.matcher(key);
    if (!m.matches()) {
      return false;
    }
    String option = "kpi." + m.group(2);
    if (PER_QUEUE.stream().noneMatch(o -> o.key().equals(option))) {
      throw new IllegalArgumentException(
          origin
              + ": "
              + key
              + " is not a per-queue option; per"
              + " queue you can set "
              + PER_QUEUE.stream().map(o -> o.key().substring(4)).toList());
    }
    return true;
  }

  /** A copy with one value changed, for commands whose flags override the file. */
  public static Map<String, String> with(Map<String, String> values, String key, String value) {
    Map<String, String> copy = new HashMap<>(values);
    copy.put(key, value);
    return copy;
  }
}
