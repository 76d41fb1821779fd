package io.callsight.ingest.sim;

import java.util.Arrays;

/**
 * The simulation's agenda: pending timers in time order, ties in the order they were scheduled (so
 * a run is deterministic). A binary heap whose keys sit in primitive arrays, so comparisons do not
 * chase pointers; timers know their slot, so cancelling is O(log n).
 */
final class TimerQueue {
  private Timer[] timers = new Timer[256];
  private long[] at = new long[256];
  private long[] order = new long[256];
  private int size;
  private long scheduled;

  /** Schedules (or re-schedules) the timer at {@code time}. */
  void schedule(Timer timer, long time) {
    if (timer.index >= 0) {
      removeAt(timer.index);
    }
    if (size == timers.length) {
      int capacity = size * 2;
      timers = Arrays.copyOf(timers, capacity);
      at = Arrays.copyOf(at, capacity);
      order = Arrays.copyOf(order, capacity);
    }
    timer.at = time;
    int i = size++;
    place(timer, time, scheduled++, i);
    siftUp(i);
  }

  void cancel(Timer timer) {
    if (timer.index >= 0) {
      removeAt(timer.index);
    }
  }

  /** The earliest timer, or null when nothing is pending. */
  Timer peek() {
    return size == 0 ? null : timers[0];
  }

  /** Removes and returns the earliest timer. */
  Timer poll() {
    Timer first = timers[0];
    removeAt(0);
    return first;
  }

  int size() {
    return size;
  }

  private void removeAt(int i) {
    Timer removed = timers[i];
    removed.index = -1;
    int last = --size;
    if (i != last) {
      place(timers[last], at[last], order[last], i);
      timers[last] = null;
      siftDown(i);
      if (timers[i].index == i) {
        siftUp(i);
      }
    } else {
      timers[last] = null;
    }
  }

  private void siftUp(int i) {
    Timer t = timers[i];
    long tAt = at[i];
    long tOrder = order[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(tAt, tOrder, at[parent], order[parent])) {
        break;
      }
      place(timers[parent], at[parent], order[parent], i);
      i = parent;
    }
    place(t, tAt, tOrder, i);
  }

  private void siftDown(int i) {
    Timer t = timers[i];
    long tAt = at[i];
    long tOrder = order[i];
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && before(at[right], order[right], at[child], order[child])) {
        child = right;
      }
      if (!before(at[child], order[child], tAt, tOrder)) {
        break;
      }
      place(timers[child], at[child], order[child], i);
      i = child;
    }
    place(t, tAt, tOrder, i);
  }

  private void place(Timer t, long tAt, long tOrder, int i) {
    timers[i] = t;
    at[i] = tAt;
    order[i] = tOrder;
    t.index = i;
  }

  private static boolean before(long at1, long order1, long at2, long order2) {
    return at1 < at2 || (at1 == at2 && order1 < order2);
  }
}
