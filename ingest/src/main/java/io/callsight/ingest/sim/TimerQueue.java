package io.callsight.ingest.sim;

/**
 * The simulation's agenda: pending timers in time order, ties in the order they were scheduled (so
 * a run is deterministic). Timers due within half an hour (calls, holds, wrap-up, patience) sit in
 * a small heap that stays in the CPU cache; shift and break timers, hours ahead, sit in another.
 * Cancelling or re-scheduling marks the old entry stale; stale entries are dropped at the top.
 */
final class TimerQueue {
  private static final long NEAR_MILLIS = 30 * 60_000L;
  private static final int ORDER_BITS = 24;
  private static final long LONGEST_RUN_MILLIS = 1L << (63 - ORDER_BITS);

  private final TimerHeap near = new TimerHeap();
  private final TimerHeap far = new TimerHeap();
  private final long base;
  private long scheduled;

  /** An agenda for times from {@code base} (epoch ms) on. */
  TimerQueue(long base) {
    this.base = base;
  }

  /** Schedules (or re-schedules) the timer at {@code time}, which is {@code now} or later. */
  void schedule(Timer timer, long time, long now) {
    long offset = time - base;
    if (offset >= LONGEST_RUN_MILLIS) {
      throw new IllegalStateException("simulated time beyond " + LONGEST_RUN_MILLIS + " ms");
    }
    timer.generation++;
    timer.pending = true;
    timer.at = time;
    // The order's low bits only break ties of the same millisecond; if they wrap, ties are still
    // broken the same way on every run.
    long key = offset << ORDER_BITS | (scheduled++ & ((1L << ORDER_BITS) - 1));
    (time - now <= NEAR_MILLIS ? near : far).add(timer, key);
  }

  void cancel(Timer timer) {
    if (timer.pending) {
      timer.generation++;
      timer.pending = false;
    }
  }

  /** The earliest pending timer, or null when nothing is pending. */
  Timer peek() {
    TimerHeap heap = earliest();
    return heap == null ? null : heap.top();
  }

  /** Removes and returns the earliest pending timer, or null when nothing is pending. */
  Timer poll() {
    TimerHeap heap = earliest();
    if (heap == null) {
      return null;
    }
    Timer first = heap.top();
    heap.removeTop();
    first.pending = false;
    return first;
  }

  private TimerHeap earliest() {
    near.dropStale();
    far.dropStale();
    if (near.isEmpty()) {
      return far.isEmpty() ? null : far;
    }
    return far.isEmpty() || near.topKey() < far.topKey() ? near : far;
  }
}
