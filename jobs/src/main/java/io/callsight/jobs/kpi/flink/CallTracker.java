package io.callsight.jobs.kpi.flink;

import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.CallProgress;
import io.callsight.jobs.kpi.CallStep;
import io.callsight.jobs.kpi.CallTracking;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.schemas.CallEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by call id: applies {@link CallTracking} to each call's events and emits call facts. Events
 * of a call whose QUEUED has not arrived wait for it a grace period, then are dead-lettered. Each
 * call has at most one timer: its deadline, or its oldest waiting event's grace.
 */
public final class CallTracker extends KeyedProcessFunction<String, CallEvent, CallFact> {
  private final Duration grace;
  private final Duration clockTolerance;
  private final Duration retention;
  private final Duration callTtl;

  private transient CallTracking tracking;
  private transient ValueState<CallProgress> progress;
  private transient ListState<CallEvent> waitingForStart;
  private transient ValueState<Long> timer;
  private transient Counter duplicates;
  private transient Counter deadLettered;

  public CallTracker(KpiOptions options) {
    this.grace = options.unknownCallGrace();
    this.clockTolerance = options.clockTolerance();
    this.retention = options.finishedCallRetention();
    this.callTtl = options.callTtl();
  }

  @Override
  public void open(OpenContext ctx) {
    tracking = new CallTracking(clockTolerance, retention, callTtl);
    // Each call's state goes at its deadline (an event-time TTL: the call TTL while it is
    // unfinished, the retention after); event time keeps replays of old days right.
    progress = getRuntimeContext().getState(new ValueStateDescriptor<>("call", CallProgress.class));
    waitingForStart =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("waiting-for-start", CallEvent.class));
    timer = getRuntimeContext().getState(new ValueStateDescriptor<>("timer", Long.class));
    duplicates = getRuntimeContext().getMetricGroup().counter("duplicateEvents");
    deadLettered = getRuntimeContext().getMetricGroup().counter("deadLetteredEvents");
  }

  @Override
  public void processElement(CallEvent e, Context ctx, Collector<CallFact> out) throws Exception {
    CallProgress p = progress.value();
    if (p == null && !e.type().startsCall()) {
      waitForStart(e, ctx);
      return;
    }
    if (p == null) {
      p = new CallProgress();
      emit(tracking.start(p, e), ctx, out);
      List<CallEvent> early = new ArrayList<>();
      waitingForStart.get().forEach(early::add);
      waitingForStart.clear();
      early.sort((a, b) -> Long.compare(a.eventTime(), b.eventTime()));
      for (CallEvent w : early) {
        emit(tracking.accept(p, w), ctx, out);
      }
    } else {
      emit(tracking.accept(p, e), ctx, out);
    }
    progress.update(p);
    schedule(tracking.deadline(p), ctx);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<CallFact> out)
      throws Exception {
    Long due = timer.value();
    if (due == null || due != timestamp) {
      return;
    }
    timer.clear();
    CallProgress p = progress.value();
    if (p != null) {
      long deadline = tracking.deadline(p);
      if (deadline > timestamp) {
        // Events since the timer was set moved the deadline on (see schedule).
        schedule(deadline, ctx);
        return;
      }
      emit(tracking.expire(p), ctx, out);
      progress.clear();
      return;
    }
    List<CallEvent> stillWaiting = new ArrayList<>();
    for (CallEvent w : waitingForStart.get()) {
      if (w.eventTime() + grace.toMillis() <= timestamp) {
        deadLettered.inc();
        ctx.output(DeadLetters.TAG, CallTracking.unknownCall(w, grace));
      } else {
        stillWaiting.add(w);
      }
    }
    waitingForStart.update(stillWaiting);
    if (!stillWaiting.isEmpty()) {
      long oldest = stillWaiting.stream().mapToLong(CallEvent::eventTime).min().getAsLong();
      schedule(oldest + grace.toMillis(), ctx);
    }
  }

  private void waitForStart(CallEvent e, Context ctx) throws Exception {
    for (CallEvent w : waitingForStart.get()) {
      if (w.eventId().equals(e.eventId())) {
        duplicates.inc();
        return;
      }
    }
    waitingForStart.add(e);
    Long due = timer.value();
    long mine = e.eventTime() + grace.toMillis();
    if (due == null || mine < due) {
      schedule(mine, ctx);
    }
  }

  private void emit(CallStep step, Context ctx, Collector<CallFact> out) {
    if (step.duplicate()) {
      duplicates.inc();
    }
    if (step.deadLetter() != null) {
      deadLettered.inc();
      ctx.output(DeadLetters.TAG, step.deadLetter());
    }
    step.facts().forEach(out::collect);
  }

  /**
   * Makes sure the call is looked at by {@code at}. Each event moves an unfinished call's deadline
   * on; rather than move its timer every time (a delete and an insert in the timer heap per event),
   * a later deadline waits for the timer to fire, which then sets the next one.
   */
  private void schedule(long at, Context ctx) throws Exception {
    Long due = timer.value();
    if (due != null && due <= at) {
      return;
    }
    if (due != null) {
      ctx.timerService().deleteEventTimeTimer(due);
    }
    ctx.timerService().registerEventTimeTimer(at);
    timer.update(at);
  }
}
