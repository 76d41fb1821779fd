package io.callsight.jobs.quality.flink;

import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.quality.KnownCall;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.QualityScoring;
import io.callsight.quality.score.ScoreRows;
import io.callsight.schemas.Alert;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.Json;
import io.callsight.schemas.RedactedTurn;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by call id: joins a call's transcript with its switch events, whichever comes first, and
 * scores the call once both are complete — the transcript is there and the call's wrap-up has ended
 * (or it left the queue unanswered). A transcript whose call stays unfinished is scored after
 * {@code quality.wait-for-call} with what is known; events whose transcript never comes are dropped
 * after {@code quality.call-ttl}. Emits the call's score; its redacted turns and alerts go to side
 * outputs, a transcript that cannot be scored to the dead letters.
 */
public final class QualityJoin
    extends KeyedCoProcessFunction<String, Transcript, CallEvent, ScoredCall> {
  static final String SOURCE = "quality-job";
  public static final OutputTag<RedactedTurn> TURNS =
      new OutputTag<>("transcript-turns", TypeInformation.of(RedactedTurn.class));
  public static final OutputTag<Alert> ALERTS =
      new OutputTag<>("alerts", TypeInformation.of(Alert.class));

  private final QualityOptions options;
  private transient QualityScoring scoring;
  // JSON: the state outlives a schema change of the records without a serializer migration.
  private transient ValueState<byte[]> transcript;
  private transient ValueState<byte[]> call;
  private transient ValueState<Long> timer;

  public QualityJoin(QualityOptions options) {
    this.options = options;
  }

  @Override
  public void open(OpenContext context) {
    scoring = new QualityScoring(options);
    transcript =
        getRuntimeContext().getState(new ValueStateDescriptor<>("transcript", byte[].class));
    call = getRuntimeContext().getState(new ValueStateDescriptor<>("call", byte[].class));
    timer = getRuntimeContext().getState(new ValueStateDescriptor<>("timer", Long.class));
  }

  @Override
  public void processElement1(Transcript t, Context ctx, Collector<ScoredCall> out)
      throws Exception {
    KnownCall known = knownCall();
    if (known != null && known.finished()) {
      score(t, known, ctx, out);
    } else {
      // Kept only when it waits: writing a transcript as JSON costs about as much as scoring it.
      transcript.update(Json.toBytes(t));
      waitUntil(ctx, ctx.timerService().currentProcessingTime() + options.waitForCall().toMillis());
    }
  }

  @Override
  public void processElement2(CallEvent e, Context ctx, Collector<ScoredCall> out)
      throws Exception {
    KnownCall known = knownCall();
    known = known == null ? KnownCall.of(e) : known.with(e);
    call.update(Json.toBytes(known));
    byte[] waiting = transcript.value();
    if (waiting != null && known.finished()) {
      score(Json.fromBytes(waiting, Transcript.class), known, ctx, out);
    } else if (waiting == null && timer.value() == null) {
      waitUntil(ctx, ctx.timerService().currentProcessingTime() + options.callTtl().toMillis());
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ScoredCall> out)
      throws Exception {
    timer.clear();
    byte[] waiting = transcript.value();
    if (waiting != null) {
      score(Json.fromBytes(waiting, Transcript.class), knownCall(), ctx, out);
    } else {
      call.clear();
    }
  }

  private void score(Transcript t, KnownCall known, Context ctx, Collector<ScoredCall> out)
      throws Exception {
    ScoreRows.CallContext context = known == null ? ScoreRows.CallContext.UNKNOWN : known.context();
    try {
      QualityScoring.Result r =
          scoring.score(t, context, ctx.timerService().currentProcessingTime());
      out.collect(r.call());
      r.turns().forEach(turn -> ctx.output(TURNS, turn));
      r.alerts().forEach(alert -> ctx.output(ALERTS, alert));
    } catch (IllegalArgumentException e) {
      ctx.output(DeadLetters.TAG, deadLetter(t, e.getMessage()));
    }
    Long pending = timer.value();
    if (pending != null) {
      ctx.timerService().deleteProcessingTimeTimer(pending);
    }
    transcript.clear();
    call.clear();
    timer.clear();
  }

  private KnownCall knownCall() throws Exception {
    byte[] bytes = call.value();
    return bytes == null ? null : Json.fromBytes(bytes, KnownCall.class);
  }

  private void waitUntil(Context ctx, long time) throws Exception {
    Long pending = timer.value();
    if (pending != null) {
      ctx.timerService().deleteProcessingTimeTimer(pending);
    }
    ctx.timerService().registerProcessingTimeTimer(time);
    timer.update(time);
  }

  static DeadLetter deadLetter(Transcript t, String reason) {
    return new DeadLetter(
        SOURCE,
        DeadLetterReason.INVALID,
        "call " + t.callId() + ": not scored: " + reason,
        Json.toJson(t),
        Topic.TRANSCRIPTS.topicName(),
        null,
        null,
        t.callId(),
        System.currentTimeMillis());
  }
}
