package io.callsight.jobs.quality.flink;

import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.ScorecardCall;
import io.callsight.jobs.quality.ScorecardDays;
import io.callsight.quality.scorecard.AgentScorecard;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.AgentScorecardDay;
import io.callsight.schemas.Json;
import io.callsight.schemas.ScoredCall;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by agent and day: keeps the newest score of each of the agent's calls that day and the
 * newest revision of each of the agent's KPI intervals, and emits the day's scorecard row again
 * (one revision higher) whenever either changes. A day's state goes {@link #RETENTION} after it was
 * first seen.
 */
public final class ScorecardBook
    extends KeyedCoProcessFunction<String, ScoredCall, AgentKpi, AgentScorecardDay> {
  static final Duration RETENTION = Duration.ofDays(3);

  private final QualityOptions options;
  private transient AgentScorecard card;
  // JSON values: the rows' schemas may grow without a state serializer migration. A call keeps
  // only what the scorecard counts, since every emit reads the whole day; a whole call-score
  // stored by an earlier version reads as the same ScorecardCall.
  private transient MapState<String, byte[]> calls;
  private transient MapState<String, byte[]> intervals;
  private transient ValueState<Integer> revision;

  public ScorecardBook(QualityOptions options) {
    this.options = options;
  }

  /** The key of a scored call: its agent and the day it started. */
  static KeySelector<ScoredCall, String> callKey(QualityOptions options) {
    return c -> c.agentId() + "|" + ScorecardDays.dayOf(c.eventTime(), options.zone());
  }

  /** The key of an agent-kpi row: its agent and the day its interval starts. */
  static KeySelector<AgentKpi, String> kpiKey(QualityOptions options) {
    return k -> k.agentId() + "|" + ScorecardDays.dayOf(k, options.zone());
  }

  @Override
  public void open(OpenContext context) {
    card = options.scorecard();
    calls =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("calls", String.class, byte[].class));
    intervals =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("intervals", String.class, byte[].class));
    revision = getRuntimeContext().getState(new ValueStateDescriptor<>("revision", Integer.class));
  }

  @Override
  public void processElement1(ScoredCall c, Context ctx, Collector<AgentScorecardDay> out)
      throws Exception {
    byte[] before = calls.get(c.callId());
    if (before == null
        || Json.fromBytes(before, ScorecardCall.class).ruleSetVersion() <= c.ruleSetVersion()) {
      calls.put(c.callId(), Json.toBytes(ScorecardCall.of(c)));
      emit(ctx, out);
    }
  }

  @Override
  public void processElement2(AgentKpi k, Context ctx, Collector<AgentScorecardDay> out)
      throws Exception {
    byte[] before = intervals.get(k.intervalStart());
    if (before == null || Json.fromBytes(before, AgentKpi.class).revision() <= k.revision()) {
      intervals.put(k.intervalStart(), Json.toBytes(k));
      emit(ctx, out);
    }
  }

  private void emit(Context ctx, Collector<AgentScorecardDay> out) throws Exception {
    Integer last = revision.value();
    long now = ctx.timerService().currentProcessingTime();
    if (last == null) {
      ctx.timerService().registerProcessingTimeTimer(now + RETENTION.toMillis());
    }
    int next = last == null ? 0 : last + 1;
    revision.update(next);
    List<ScorecardCall> dayCalls = new ArrayList<>();
    for (byte[] json : calls.values()) {
      dayCalls.add(Json.fromBytes(json, ScorecardCall.class));
    }
    List<AgentKpi> dayIntervals = new ArrayList<>();
    for (byte[] json : intervals.values()) {
      dayIntervals.add(Json.fromBytes(json, AgentKpi.class));
    }
    String key = ctx.getCurrentKey();
    int bar = key.lastIndexOf('|');
    out.collect(
        ScorecardDays.row(
            key.substring(0, bar),
            LocalDate.parse(key.substring(bar + 1)),
            options.zone(),
            dayCalls,
            dayIntervals,
            card,
            next,
            now));
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<AgentScorecardDay> out) {
    calls.clear();
    intervals.clear();
    revision.clear();
  }
}
