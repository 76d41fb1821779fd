package io.callsight.jobs.kpi.flink;

import static org.apache.flink.connector.base.DeliveryGuarantee.EXACTLY_ONCE;

import io.callsight.jobs.flink.CallEventSerializer;
import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.flink.Decoded;
import io.callsight.jobs.flink.JobSetup;
import io.callsight.jobs.flink.KafkaIo;
import io.callsight.jobs.kpi.AgentInput;
import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.FactKind;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.RepeatCallerBook;
import io.callsight.jobs.kpi.SinkGuarantee;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.Alert;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.QueueKpi;
import io.callsight.schemas.QueueSnapshot;
import io.callsight.schemas.Topic;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The KPI job: call and agent events in; queue and agent KPI rows per interval, live queue
 * snapshots, alerts and dead letters out. {@link #build} holds the topology and takes any sources,
 * so tests and the file replay run exactly what runs on Kafka.
 *
 * <pre>
 * call events ─► CallTracker (by call) ─► facts ─┬─────────────────────────────► QueueBook (by queue)
 *                                                ├─ offers ─► RepeatCallers ──►      ▲
 * agent events ──────────────────────────────────┴─► AgentBook (by agent) ─ status ─┘
 * </pre>
 */
public final class KpiJob {
  private KpiJob() {}

  /** The job's outputs. */
  public record Streams(
      DataStream<QueueKpi> queueKpi,
      DataStream<AgentKpi> agentKpi,
      DataStream<QueueSnapshot> snapshots,
      DataStream<Alert> alerts,
      DataStream<DeadLetter> deadLetters) {}

  /** Event time from the switch; the watermark trails the newest event by the out-of-orderness. */
  public static <T> WatermarkStrategy<T> watermarks(
      KpiOptions options, SerializableTimestampAssigner<T> eventTime) {
    WatermarkStrategy<T> strategy =
        WatermarkStrategy.<T>forBoundedOutOfOrderness(options.outOfOrderness())
            .withTimestampAssigner(eventTime);
    return options.sourceIdleness().isZero()
        ? strategy
        : strategy.withIdleness(options.sourceIdleness());
  }

  /** The topology, over streams that already carry event-time timestamps and watermarks. */
  public static Streams build(
      DataStream<CallEvent> calls, DataStream<AgentEvent> agents, KpiOptions options) {
    SingleOutputStreamOperator<CallFact> facts =
        calls
            // Ringing alone changes no KPI (ring times come with the answer or the no-answer):
            // leave it on the topic rather than ship it through the shuffle.
            .filter(
                e -> e.type() != CallEventType.RINGING && e.type() != CallEventType.RING_CANCELED)
            .name("events that change KPIs")
            .uid("kpi-events")
            .keyBy(CallEvent::callId)
            .process(new CallTracker(options))
            .returns(CallFactSerializer.TYPE)
            .name("call tracker")
            .uid("call-tracker");

    SingleOutputStreamOperator<CallFact> repeats =
        facts
            .filter(f -> f.kind == FactKind.OFFERED && f.callerId != null)
            .name("offers with a caller")
            .uid("offers-with-caller")
            .keyBy(f -> RepeatCallerBook.bucketOf(f.callerId))
            .process(new RepeatCallerDetector(options.repeatWindow()))
            .returns(CallFactSerializer.TYPE)
            .name("repeat callers")
            .uid("repeat-caller-buckets");

    DataStream<AgentInput> agentInputs =
        agents
            .map((MapFunction<AgentEvent, AgentInput>) AgentInput::of)
            .returns(AgentInputSerializer.TYPE)
            .name("agent events to inputs")
            .uid("agent-event-inputs")
            .union(
                facts
                    .flatMap(
                        (FlatMapFunction<CallFact, AgentInput>)
                            (f, out) -> AgentInput.of(f).forEach(out::collect))
                    .returns(AgentInputSerializer.TYPE)
                    .name("call facts to agent inputs")
                    .uid("call-fact-inputs"));

    SingleOutputStreamOperator<AgentKpi> agentRows =
        agentInputs
            .keyBy(i -> i.agentId)
            .process(new AgentBook(options))
            .name("agent book")
            .uid("agent-book");

    SingleOutputStreamOperator<QueueKpi> queueRows =
        facts
            .filter(f -> f.kind != FactKind.HOLD_STARTED && f.kind != FactKind.HOLD_ENDED)
            .name("facts about queues")
            .uid("queue-facts")
            .union(repeats)
            .connect(agentRows.getSideOutput(AgentBook.STATUS))
            .keyBy(f -> f.queue, s -> s.queue)
            .process(new QueueBook(options))
            .name("queue book")
            .uid("queue-book");

    DataStream<DeadLetter> deadLetters =
        facts
            .getSideOutput(DeadLetters.TAG)
            .union(
                agentRows.getSideOutput(DeadLetters.TAG), queueRows.getSideOutput(DeadLetters.TAG));

    return new Streams(
        queueRows,
        agentRows,
        queueRows.getSideOutput(QueueBook.SNAPSHOTS),
        queueRows.getSideOutput(QueueBook.ALERTS),
        deadLetters);
  }

  /**
   * Runs the job on Kafka: reads call-events and agent-events, writes every output topic with
   * exactly-once transactions committed at each checkpoint. Returns once the job is submitted.
   */
  public static JobClient runOnKafka(StreamExecutionEnvironment env, KpiOptions options)
      throws Exception {
    configure(env, options);
    String kafka = options.bootstrapServers();
    SingleOutputStreamOperator<CallEvent> calls =
        decoded(
            env, kafka, options, Topic.CALL_EVENTS, CallEventSerializer.TYPE, CallEvent::eventTime);
    SingleOutputStreamOperator<AgentEvent> agents =
        decoded(
            env,
            kafka,
            options,
            Topic.AGENT_EVENTS,
            TypeInformation.of(AgentEvent.class),
            AgentEvent::eventTime);

    Streams out = build(calls, agents, options);
    String txn = options.groupId();
    out.queueKpi()
        .sinkTo(KafkaIo.sink(kafka, Topic.QUEUE_KPI, QueueKpi::queue, EXACTLY_ONCE, txn))
        .name("queue-kpi to Kafka")
        .uid("queue-kpi-sink");
    out.agentKpi()
        .sinkTo(KafkaIo.sink(kafka, Topic.AGENT_KPI, AgentKpi::agentId, EXACTLY_ONCE, txn))
        .name("agent-kpi to Kafka")
        .uid("agent-kpi-sink");
    out.snapshots()
        .sinkTo(
            KafkaIo.sink(
                kafka,
                Topic.QUEUE_SNAPSHOT,
                QueueSnapshot::queue,
                options.snapshotGuarantee() == SinkGuarantee.EXACTLY_ONCE
                    ? EXACTLY_ONCE
                    : DeliveryGuarantee.AT_LEAST_ONCE,
                txn))
        .name("queue-snapshot to Kafka")
        .uid("queue-snapshot-sink");
    out.alerts()
        .sinkTo(KafkaIo.sink(kafka, Topic.ALERTS, Alert::queue, EXACTLY_ONCE, txn))
        .name("alerts to Kafka")
        .uid("alerts-sink");
    out.deadLetters()
        .union(calls.getSideOutput(DeadLetters.TAG), agents.getSideOutput(DeadLetters.TAG))
        .sinkTo(KafkaIo.sink(kafka, Topic.DEAD_LETTERS, DeadLetter::source, EXACTLY_ONCE, txn))
        .name("dead-letters to Kafka")
        .uid("dead-letters-sink");
    return env.executeAsync("CallSight KPI job");
  }

  /**
   * Checkpointing (exactly-once, to the checkpoint folder: state outgrows the JobManager's memory
   * store), parallelism and object reuse as the options say.
   */
  public static void configure(StreamExecutionEnvironment env, KpiOptions options) {
    JobSetup.configure(
        env, options.parallelism(), options.checkpointInterval(), options.checkpointDir());
  }

  private static <T> SingleOutputStreamOperator<T> decoded(
      StreamExecutionEnvironment env,
      String kafka,
      KpiOptions options,
      Topic topic,
      TypeInformation<T> type,
      EventTimeOf<T> eventTime) {
    WatermarkStrategy<Decoded<T>> strategy =
        watermarks(
            options,
            (Decoded<T> d, long recordTime) ->
                // An undecodable record must not move event time (its Kafka time is wall time).
                d.value != null ? eventTime.timeOf(d.value) : Long.MIN_VALUE);
    if (!options.maxSourceDrift().isZero()) {
      // While catching up, a partition far ahead of the slowest waits, or every call read ahead
      // sits in state until the watermark reaches it. A paused reader resumes only when the
      // group's watermark is next announced, so announcements come often: a backlog drains days
      // of event time per second, and some partition reaches the drift in every round (which is
      // why alignment is off unless asked for; DISCUSSION.md).
      strategy =
          strategy.withWatermarkAlignment(
              "kpi-sources", options.maxSourceDrift(), Duration.ofMillis(20));
    }
    return KafkaIo.decoded(env, kafka, options.groupId(), topic, type, strategy, "kpi-job.decode");
  }

  /** The event time of a record. */
  @FunctionalInterface
  interface EventTimeOf<T> extends java.io.Serializable {
    long timeOf(T record);
  }
}
