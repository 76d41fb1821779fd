package io.callsight.ingest.sim;

import java.util.Arrays;

/**
 * A four-ary min-heap of timer entries by time, ties in the order the timers were scheduled; times,
 * orders and generations sit in primitive arrays so sifting never touches a timer. An entry is
 * stale when its timer has since been re-scheduled or cancelled (the generations differ).
 */
final class TimerHeap {
  private Timer[] timers = new Timer[256];
  private long[] times = new long[256];
  private long[] orders = new long[256];
  private int[] generations = new int[256];
  private int size;

  void add(Timer timer) {
    if (size == timers.length) {
      int capacity = size * 2;
      timers = Arrays.copyOf(timers, capacity);
      times = Arrays.copyOf(times, capacity);
      orders = Arrays.copyOf(orders, capacity);
      generations = Arrays.copyOf(generations, capacity);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      if (!before(timer.at, timer.order, parent)) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, timer, timer.at, timer.order, timer.generation);
  }

  /** Drops stale entries from the top; then the top is live or the heap is empty. */
  void dropStale() {
    while (size > 0 && timers[0].generation != generations[0]) {
      removeTop();
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  Timer top() {
    return timers[0];
  }

  void removeTop() {
    int last = --size;
    Timer t = timers[last];
    long time = times[last];
    long order = orders[last];
    int generation = generations[last];
    timers[last] = null;
    if (last == 0) {
      return;
    }
    int i = 0;
    while (true) {
      int first = 4 * i + 1;
      if (first >= size) {
        break;
      }
      int best = first;
      int end = Math.min(first + 4, size);
      for (int c = first + 1; c < end; c++) {
        if (before(times[c], orders[c], best)) {
          best = c;
        }
      }
      if (!before(times[best], orders[best], time, order)) {
        break;
      }
      move(best, i);
      i = best;
    }
    set(i, t, time, order, generation);
  }

  private boolean before(long time, long order, int entry) {
    return before(time, order, times[entry], orders[entry]);
  }

  private static boolean before(long time1, long order1, long time2, long order2) {
    return time1 < time2 || (time1 == time2 && order1 < order2);
  }

  private void move(int from, int to) {
    timers[to] = timers[from];
    times[to] = times[from];
    orders[to] = orders[from];
    generations[to] = generations[from];
  }

  private void set(int i, Timer t, long time, long order, int generation) {
    timers[i] = t;
    times[i] = time;
    orders[i] = order;
    generations[i] = generation;
  }
}
