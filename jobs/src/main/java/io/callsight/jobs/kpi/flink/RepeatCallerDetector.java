package io.callsight.jobs.kpi.flink;

import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.FactKind;
import io.callsight.jobs.kpi.RepeatCallers;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by caller id: marks an offer as a repeat call when the same caller called within the window
 * before. Emits one REPEAT_CALL fact per repeat, at the offer's time and queue; the caller's state
 * goes when the window has passed since their last call.
 */
public final class RepeatCallerDetector extends KeyedProcessFunction<String, CallFact, CallFact> {
  private final long windowMs;
  private transient ValueState<RepeatCallers> calls;

  public RepeatCallerDetector(Duration window) {
    this.windowMs = window.toMillis();
  }

  @Override
  public void open(OpenContext ctx) {
    calls = getRuntimeContext().getState(new ValueStateDescriptor<>("offers", RepeatCallers.class));
  }

  @Override
  public void processElement(CallFact offer, Context ctx, Collector<CallFact> out)
      throws Exception {
    RepeatCallers r = calls.value();
    if (r == null) {
      r = new RepeatCallers();
    }
    long before = r.expiresAt(windowMs);
    for (RepeatCallers.Offer repeat : r.offer(offer.eventTime, offer.queue, windowMs)) {
      CallFact f =
          new CallFact(FactKind.REPEAT_CALL, offer.callId, repeat.queue, null, repeat.time);
      f.callerId = offer.callerId;
      out.collect(f);
    }
    calls.update(r);
    long after = r.expiresAt(windowMs);
    if (after != before) {
      if (before != Long.MIN_VALUE) {
        ctx.timerService().deleteEventTimeTimer(before);
      }
      ctx.timerService().registerEventTimeTimer(after);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<CallFact> out)
      throws Exception {
    RepeatCallers r = calls.value();
    if (r != null && r.expiresAt(windowMs) <= timestamp) {
      calls.clear();
    }
  }
}
