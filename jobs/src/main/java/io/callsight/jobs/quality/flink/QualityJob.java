package io.callsight.jobs.quality.flink;

import static org.apache.flink.connector.base.DeliveryGuarantee.EXACTLY_ONCE;

import io.callsight.jobs.flink.CallEventSerializer;
import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.flink.JobSetup;
import io.callsight.jobs.flink.KafkaIo;
import io.callsight.jobs.flink.TranscriptSerializer;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.QualityScoring;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.AgentScorecardDay;
import io.callsight.schemas.Alert;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.RedactedTurn;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The quality job: every transcript scored against the centre's script as soon as its call is
 * known, with redaction before anything leaves. {@link #build} holds the topology for tests and the
 * Kafka wiring alike.
 *
 * <pre>
 * transcripts ─┐
 *              ├─► join by call id, score (rule set per language, redaction) ─┬─► call-scores ─┐
 * call-events ─┘                                                              ├─► transcript-turns
 *                                                                             ├─► alerts       │
 *                                                                             └─► dead-letters │
 * agent-kpi ─────► by agent and day, with the day's call scores ─► agent-scorecard ◄───────────┘
 * </pre>
 */
public final class QualityJob {
  private QualityJob() {}

  /** The job's outputs. */
  public record Streams(
      DataStream<ScoredCall> scores,
      DataStream<RedactedTurn> turns,
      DataStream<Alert> alerts,
      DataStream<AgentScorecardDay> scorecards,
      DataStream<DeadLetter> deadLetters) {}

  /**
   * The topology over transcripts, call events and the KPI job's agent rows. Transcripts typed
   * {@link TranscriptSerializer#TYPE} cross to the join at about half the cost of Flink's POJO
   * serializer.
   */
  public static Streams build(
      DataStream<Transcript> transcripts,
      DataStream<CallEvent> callEvents,
      DataStream<AgentKpi> agentKpi,
      QualityOptions options) {
    SingleOutputStreamOperator<ScoredCall> scores =
        transcripts
            .keyBy(Transcript::callId)
            .connect(callEvents.keyBy(CallEvent::callId))
            .process(new QualityJoin(options))
            .returns(ScoredCall.class)
            .name("join and score")
            .uid("score-calls");
    SingleOutputStreamOperator<AgentScorecardDay> scorecards =
        scores
            .filter(c -> c.agentId() != null)
            .name("scored calls with an agent")
            .uid("calls-with-agent")
            .keyBy(ScorecardBook.callKey(options))
            .connect(agentKpi.keyBy(ScorecardBook.kpiKey(options)))
            .process(new ScorecardBook(options))
            .returns(AgentScorecardDay.class)
            .name("agent scorecard")
            .uid("agent-scorecard");
    return new Streams(
        scores,
        scores.getSideOutput(QualityJoin.TURNS),
        scores.getSideOutput(QualityJoin.ALERTS),
        scorecards,
        scores.getSideOutput(DeadLetters.TAG));
  }

  /**
   * Runs the job on Kafka with exactly-once sinks. Loads the rule sets and sentiment models first,
   * so a missing or invalid one stops the job before it is submitted. Returns once the job is
   * submitted.
   */
  public static JobClient runOnKafka(StreamExecutionEnvironment env, QualityOptions options)
      throws Exception {
    new QualityScoring(options);
    JobSetup.configure(
        env, options.parallelism(), options.checkpointInterval(), options.checkpointDir());
    String kafka = options.bootstrapServers();
    SingleOutputStreamOperator<Transcript> transcripts =
        decoded(env, kafka, options.groupId(), Topic.TRANSCRIPTS, TranscriptSerializer.TYPE);
    SingleOutputStreamOperator<CallEvent> callEvents =
        decoded(env, kafka, options.groupId(), Topic.CALL_EVENTS, CallEventSerializer.TYPE);
    SingleOutputStreamOperator<AgentKpi> agentKpi =
        decoded(env, kafka, options.groupId(), Topic.AGENT_KPI, TypeInformation.of(AgentKpi.class));
    Streams out = build(transcripts, callEvents, agentKpi, options);
    String txn = options.groupId();
    out.scores()
        .sinkTo(KafkaIo.sink(kafka, Topic.CALL_SCORES, ScoredCall::callId, EXACTLY_ONCE, txn))
        .name("call-scores to Kafka")
        .uid("call-scores-sink");
    out.turns()
        .sinkTo(
            KafkaIo.sink(kafka, Topic.TRANSCRIPT_TURNS, RedactedTurn::callId, EXACTLY_ONCE, txn))
        .name("transcript-turns to Kafka")
        .uid("transcript-turns-sink");
    out.alerts()
        .sinkTo(KafkaIo.sink(kafka, Topic.ALERTS, Alert::callId, EXACTLY_ONCE, txn))
        .name("alerts to Kafka")
        .uid("alerts-sink");
    out.scorecards()
        .sinkTo(
            KafkaIo.sink(
                kafka, Topic.AGENT_SCORECARD, AgentScorecardDay::agentId, EXACTLY_ONCE, txn))
        .name("agent-scorecard to Kafka")
        .uid("agent-scorecard-sink");
    out.deadLetters()
        .union(
            transcripts.getSideOutput(DeadLetters.TAG),
            callEvents.getSideOutput(DeadLetters.TAG),
            agentKpi.getSideOutput(DeadLetters.TAG))
        .sinkTo(KafkaIo.sink(kafka, Topic.DEAD_LETTERS, DeadLetter::source, EXACTLY_ONCE, txn))
        .name("dead-letters to Kafka")
        .uid("dead-letters-sink");
    return env.executeAsync("CallSight quality job");
  }

  private static <T> SingleOutputStreamOperator<T> decoded(
      StreamExecutionEnvironment env,
      String kafka,
      String group,
      Topic topic,
      TypeInformation<T> type) {
    return KafkaIo.decoded(
        env,
        kafka,
        group,
        topic,
        type,
        WatermarkStrategy.noWatermarks(),
        QualityJoin.SOURCE + ".decode");
  }
}
