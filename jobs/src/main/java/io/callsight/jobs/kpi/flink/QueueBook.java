package io.callsight.jobs.kpi.flink;

import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.EventClock;
import io.callsight.jobs.kpi.Intervals;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.QueueIntervals;
import io.callsight.jobs.kpi.QueueLive;
import io.callsight.jobs.kpi.QueueTargets;
import io.callsight.schemas.Alert;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.QueueKpi;
import io.callsight.schemas.QueueSnapshot;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by queue: the queue's interval rows ({@link QueueIntervals}, closed by the watermark,
 * corrected by late facts) and its live wall-board ({@link QueueLive}, a snapshot soon after each
 * change and at least every few seconds, with graded alerts).
 */
public final class QueueBook
    extends KeyedCoProcessFunction<String, CallFact, AgentStatus, QueueKpi> {
  public static final OutputTag<QueueSnapshot> SNAPSHOTS =
      new OutputTag<>("queue-snapshots", TypeInformation.of(QueueSnapshot.class));
  public static final OutputTag<Alert> ALERTS =
      new OutputTag<>("alerts", TypeInformation.of(Alert.class));

  private final KpiOptions options;
  private final Intervals intervals;
  private final Intervals days;
  private final long latenessMs;

  private transient ValueState<QueueIntervals> rows;
  private transient ValueState<QueueLive> live;
  private transient ValueState<Long> rowTimer;
  private transient ValueState<Long> snapshotTimer;
  private transient EventClock clock;

  public QueueBook(KpiOptions options) {
    this.options = options;
    this.intervals = options.intervals();
    this.days = options.days();
    this.latenessMs = options.allowedLateness().toMillis();
  }

  @Override
  public void open(OpenContext ctx) {
    rows = getRuntimeContext().getState(new ValueStateDescriptor<>("rows", QueueIntervals.class));
    live = getRuntimeContext().getState(new ValueStateDescriptor<>("live", QueueLive.class));
    rowTimer = getRuntimeContext().getState(new ValueStateDescriptor<>("row-timer", Long.class));
    snapshotTimer =
        getRuntimeContext().getState(new ValueStateDescriptor<>("snapshot-timer", Long.class));
    clock = new EventClock();
  }

  @Override
  public void processElement1(CallFact fact, Context ctx, Collector<QueueKpi> out)
      throws Exception {
    QueueTargets targets = options.targetsFor(fact.queue);
    long watermark = ctx.timerService().currentWatermark();
    QueueIntervals r = rows.value();
    if (r == null) {
      r = new QueueIntervals();
    }
    QueueIntervals.Added added = r.add(fact, intervals, targets, watermark, latenessMs);
    if (added == QueueIntervals.Added.TOO_LATE) {
      ctx.output(DeadLetters.TAG, tooLate(fact, watermark));
    }
    rows.update(r);
    if (added == QueueIntervals.Added.RESCHEDULE) {
      scheduleRows(r, ctx);
    }
    if (options.liveSnapshots()) {
      clock.observe(fact.eventTime, ctx.timerService().currentProcessingTime());
      QueueLive l = live();
      l.onFact(fact, targets, intervals, days);
      live.update(l);
      snapshotSoon(ctx);
    }
  }

  @Override
  public void processElement2(AgentStatus status, Context ctx, Collector<QueueKpi> out)
      throws Exception {
    if (!options.liveSnapshots()) {
      return;
    }
    clock.observe(status.time, ctx.timerService().currentProcessingTime());
    QueueLive l = live();
    l.onAgent(status.agentId, status.activity, status.time);
    live.update(l);
    snapshotSoon(ctx);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<QueueKpi> out)
      throws Exception {
    if (ctx.timeDomain() == TimeDomain.EVENT_TIME) {
      Long due = rowTimer.value();
      if (due == null || due != timestamp) {
        return;
      }
      rowTimer.clear();
      QueueIntervals r = rows.value();
      if (r == null) {
        return;
      }
      String queue = ctx.getCurrentKey();
      long watermark = ctx.timerService().currentWatermark();
      for (QueueKpi row :
          r.close(
              queue,
              watermark,
              intervals,
              options.targetsFor(queue),
              latenessMs,
              System.currentTimeMillis())) {
        out.collect(row);
      }
      if (r.isEmpty()) {
        rows.clear();
      } else {
        rows.update(r);
        scheduleRows(r, ctx);
      }
    } else {
      Long due = snapshotTimer.value();
      if (due == null || due != timestamp) {
        return;
      }
      snapshotTimer.clear();
      publishSnapshot(ctx);
    }
  }

  private void publishSnapshot(OnTimerContext ctx) throws Exception {
    String queue = ctx.getCurrentKey();
    QueueTargets targets = options.targetsFor(queue);
    long wall = ctx.timerService().currentProcessingTime();
    long now = clock.now(wall);
    QueueLive l = live();
    QueueSnapshot snapshot = l.snapshot(queue, now, targets, options.staffing(), intervals, days);
    ctx.output(SNAPSHOTS, snapshot);
    Double serviceLevel =
        l.intervalDecidedCalls() >= options.slAlertMinCalls()
            ? snapshot.intervalServiceLevel()
            : null;
    Alert sl =
        l.serviceLevelAlert.evaluate(options.serviceLevelRule(targets), queue, serviceLevel, now);
    if (sl != null) {
      ctx.output(ALERTS, sl);
    }
    Alert waiting =
        l.waitingAlert.evaluate(
            options.waitingRule(targets), queue, (double) snapshot.callsWaiting(), now);
    if (waiting != null) {
      ctx.output(ALERTS, waiting);
    }
    live.update(l);
    long next = wall + options.snapshotInterval().toMillis();
    ctx.timerService().registerProcessingTimeTimer(next);
    snapshotTimer.update(next);
  }

  private QueueLive live() throws Exception {
    QueueLive l = live.value();
    return l != null ? l : QueueLive.create(options.staffing());
  }

  /** A snapshot soon: no later than the minimum interval from now. */
  private void snapshotSoon(Context ctx) throws Exception {
    long soon =
        ctx.timerService().currentProcessingTime() + options.snapshotMinInterval().toMillis();
    Long due = snapshotTimer.value();
    if (due != null && due <= soon) {
      return;
    }
    if (due != null) {
      ctx.timerService().deleteProcessingTimeTimer(due);
    }
    ctx.timerService().registerProcessingTimeTimer(soon);
    snapshotTimer.update(soon);
  }

  private void scheduleRows(QueueIntervals r, Context ctx) throws Exception {
    long next = r.nextDue(intervals, latenessMs);
    if (next == Long.MIN_VALUE) {
      // A correction: out at the next watermark.
      next = ctx.timerService().currentWatermark() + 1;
    }
    Long due = rowTimer.value();
    if (due != null && due == next) {
      return;
    }
    if (due != null) {
      ctx.timerService().deleteEventTimeTimer(due);
    }
    if (next == Long.MAX_VALUE) {
      rowTimer.clear();
    } else {
      ctx.timerService().registerEventTimeTimer(next);
      rowTimer.update(next);
    }
  }

  private static DeadLetter tooLate(CallFact fact, long watermark) {
    return DeadLetter.of(
        "kpi-job.queues",
        DeadLetterReason.TOO_LATE,
        fact.kind
            + " of call "
            + fact.callId
            + " in queue "
            + fact.queue
            + " at "
            + Intervals.iso(fact.eventTime)
            + " arrived after its interval was final (the job's"
            + " clock was at "
            + Intervals.iso(watermark)
            + ")",
        fact.toString(),
        "call " + fact.callId);
  }
}
