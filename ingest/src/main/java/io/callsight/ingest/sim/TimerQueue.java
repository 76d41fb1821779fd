package io.callsight.ingest.sim;

/**
 * The simulation's agenda: pending timers in time order, ties in the order they were scheduled (so
 * a run is deterministic). Timers due within about 17 minutes (rings, talk, holds, wrap-up,
 * patience) go on a {@link TimerWheel} with O(1) steps; later ones (shifts, breaks, long calls) on
 * a heap where cancelling only marks the entry stale.
 */
final class TimerQueue {
  private final TimerWheel wheel = new TimerWheel();
  private final TimerHeap far = new TimerHeap();
  private long now;
  private long scheduled;
  // The answer of the last peek, until the agenda changes: the run loop peeks, then polls.
  private Timer peeked;

  /** An agenda for times from {@code start} (epoch ms) on. */
  TimerQueue(long start) {
    this.now = start;
  }

  /** Schedules (or re-schedules) the timer at {@code time}, which is now or later. */
  void schedule(Timer timer, long time) {
    cancel(timer);
    peeked = null;
    timer.pending = true;
    timer.at = time;
    timer.order = scheduled++;
    if (time - now < TimerWheel.SPAN_MILLIS) {
      wheel.add(timer);
    } else {
      timer.generation++;
      far.add(timer);
    }
  }

  void cancel(Timer timer) {
    if (!timer.pending) {
      return;
    }
    timer.pending = false;
    peeked = null;
    if (timer.inWheel) {
      wheel.remove(timer);
    } else {
      timer.generation++;
    }
  }

  /** The earliest pending timer, or null when nothing is pending. */
  Timer peek() {
    if (peeked == null) {
      peeked = earliest();
    }
    return peeked;
  }

  private Timer earliest() {
    Timer near = wheel.first(now);
    far.dropStale();
    if (far.isEmpty()) {
      return near;
    }
    Timer later = far.top();
    if (near == null || later.at < near.at || (later.at == near.at && later.order < near.order)) {
      return later;
    }
    return near;
  }

  /** Removes and returns the earliest pending timer, or null when nothing is pending. */
  Timer poll() {
    Timer first = peek();
    if (first == null) {
      return null;
    }
    if (first.inWheel) {
      wheel.remove(first);
    } else {
      far.removeTop();
    }
    first.pending = false;
    peeked = null;
    now = first.at;
    return first;
  }
}
