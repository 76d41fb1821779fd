package io.callsight.jobs.kpi.flink;

import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.kpi.AgentActivity;
import io.callsight.jobs.kpi.AgentInput;
import io.callsight.jobs.kpi.AgentTimeline;
import io.callsight.jobs.kpi.Intervals;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by agent id: keeps each agent's {@link AgentTimeline}, emits agent KPI rows as the
 * watermark closes intervals, and tells the queues' wall-boards when the agent's activity changes.
 */
public final class AgentBook extends KeyedProcessFunction<String, AgentInput, AgentKpi> {
  public static final OutputTag<AgentStatus> STATUS =
      new OutputTag<>("agent-status", TypeInformation.of(AgentStatus.class));

  private final Intervals intervals;
  private final long latenessMs;
  private transient ValueState<AgentTimeline> timeline;
  private transient ValueState<Long> timer;

  public AgentBook(KpiOptions options) {
    this.intervals = options.intervals();
    this.latenessMs = options.allowedLateness().toMillis();
  }

  @Override
  public void open(OpenContext ctx) {
    timeline =
        getRuntimeContext().getState(new ValueStateDescriptor<>("timeline", AgentTimeline.class));
    timer = getRuntimeContext().getState(new ValueStateDescriptor<>("timer", Long.class));
  }

  @Override
  public void processElement(AgentInput in, Context ctx, Collector<AgentKpi> out) throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    AgentTimeline tl = timeline.value();
    if (tl == null) {
      tl = new AgentTimeline(in.agentId);
    }
    AgentActivity before = tl.live.effective();
    // Only these inputs change the queues an agent serves; the others need no copy to compare.
    Set<String> queuesBefore =
        switch (in.kind) {
          case LOGIN, LOGOUT, ANSWERED -> new TreeSet<>(tl.live.queues);
          default -> tl.live.queues;
        };
    if (intervals.isFinal(intervals.startOf(in.time), watermark, latenessMs)
        || !tl.offer(in, intervals, watermark)) {
      ctx.output(DeadLetters.TAG, tooLate(in, watermark));
      return;
    }
    for (AgentStatus change : changes(tl, before, queuesBefore, in.time)) {
      ctx.output(STATUS, change);
    }
    timeline.update(tl);
    schedule(tl, ctx);
  }

  /** What each of the agent's queues must hear after an input: new activity or a departure. */
  static List<AgentStatus> changes(
      AgentTimeline tl, AgentActivity before, Set<String> queuesBefore, long time) {
    List<AgentStatus> changes = new ArrayList<>();
    AgentActivity now = tl.live.effective();
    for (String q : tl.live.queues) {
      if (now != before || !queuesBefore.contains(q)) {
        changes.add(new AgentStatus(tl.agentId, q, now, time));
      }
    }
    for (String q : queuesBefore) {
      if (!tl.live.queues.contains(q)) {
        changes.add(new AgentStatus(tl.agentId, q, AgentActivity.LOGGED_OUT, time));
      }
    }
    return changes;
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<AgentKpi> out)
      throws Exception {
    Long due = timer.value();
    if (due == null || due != timestamp) {
      return;
    }
    timer.clear();
    AgentTimeline tl = timeline.value();
    if (tl == null) {
      return;
    }
    long watermark = ctx.timerService().currentWatermark();
    for (AgentKpi row : tl.close(watermark, intervals, latenessMs, System.currentTimeMillis())) {
      out.collect(row);
    }
    // At the end of a bounded input every interval is final, logged in or not.
    if (tl.isIdle() || watermark == Long.MAX_VALUE) {
      timeline.clear();
      return;
    }
    timeline.update(tl);
    schedule(tl, ctx);
  }

  private void schedule(AgentTimeline tl, Context ctx) throws Exception {
    long next = tl.nextDue(intervals, latenessMs);
    Long due = timer.value();
    if (due != null && due == next) {
      return;
    }
    if (due != null) {
      ctx.timerService().deleteEventTimeTimer(due);
    }
    if (next != Long.MAX_VALUE) {
      ctx.timerService().registerEventTimeTimer(next);
      timer.update(next);
    } else {
      timer.clear();
    }
  }

  private static DeadLetter tooLate(AgentInput in, long watermark) {
    return DeadLetter.of(
        "kpi-job.agents",
        DeadLetterReason.TOO_LATE,
        in.kind
            + " of agent "
            + in.agentId
            + " at "
            + Intervals.iso(in.time)
            + " arrived after its interval was final (the job's clock was at "
            + Intervals.iso(watermark)
            + ")",
        in.toString(),
        "agent " + in.agentId);
  }
}
