package io.callsight.jobs.kpi.flink;

import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.FactKind;
import io.callsight.jobs.kpi.RepeatCallerBook;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by caller bucket ({@link RepeatCallerBook#bucketOf}): marks an offer as a repeat call when
 * the same caller called within the window before. Emits one REPEAT_CALL fact per repeat, at the
 * offer's time and queue. Each bucket has one timer, an hourly sweep that forgets the callers whose
 * window has passed since their last call.
 */
public final class RepeatCallerDetector extends KeyedProcessFunction<Integer, CallFact, CallFact> {
  /** How coarse the sweeps are: a caller is forgotten up to this long after the window. */
  static final long SWEEP_MS = Duration.ofHours(1).toMillis();

  private final long windowMs;
  private transient ValueState<RepeatCallerBook> book;

  public RepeatCallerDetector(Duration window) {
    this.windowMs = window.toMillis();
  }

  @Override
  public void open(OpenContext ctx) {
    book =
        getRuntimeContext().getState(new ValueStateDescriptor<>("callers", RepeatCallerBook.class));
  }

  @Override
  public void processElement(CallFact offer, Context ctx, Collector<CallFact> out)
      throws Exception {
    RepeatCallerBook b = book.value();
    if (b == null) {
      b = new RepeatCallerBook();
    }
    long caller = RepeatCallerBook.callerKey(offer.callerId);
    for (RepeatCallerBook.Repeat repeat : b.offer(caller, offer.eventTime, offer.queue, windowMs)) {
      CallFact f =
          new CallFact(FactKind.REPEAT_CALL, offer.callId, repeat.queue(), null, repeat.time());
      f.callerId = offer.callerId;
      out.collect(f);
    }
    if (b.sweepAt == 0) {
      scheduleSweep(b, ctx);
    }
    book.update(b);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<CallFact> out)
      throws Exception {
    RepeatCallerBook b = book.value();
    if (b == null || b.sweepAt != timestamp) {
      return;
    }
    b.expire(timestamp, windowMs);
    if (b.size() == 0) {
      book.clear();
      return;
    }
    scheduleSweep(b, ctx);
    book.update(b);
  }

  private void scheduleSweep(RepeatCallerBook b, Context ctx) {
    long expiry = b.nextExpiry(windowMs);
    b.sweepAt = (Math.floorDiv(expiry, SWEEP_MS) + 1) * SWEEP_MS;
    ctx.timerService().registerEventTimeTimer(b.sweepAt);
  }
}
