package io.callsight.ingest.sim;

import java.util.Arrays;

/** Callers who will call again, earliest first: a binary heap over primitive arrays. */
final class RepeatCalls {
  private long[] times = new long[64];
  private int[] callers = new int[64];
  private int size;

  void add(long time, int caller) {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      callers = Arrays.copyOf(callers, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (times[parent] <= time) {
        break;
      }
      times[i] = times[parent];
      callers[i] = callers[parent];
      i = parent;
    }
    times[i] = time;
    callers[i] = caller;
  }

  /** Whether some caller wants to call again by {@code now}. */
  boolean dueBy(long now) {
    return size > 0 && times[0] <= now;
  }

  /** Removes and returns the earliest caller. */
  int poll() {
    int first = callers[0];
    long time = times[--size];
    int caller = callers[size];
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      if (child + 1 < size && times[child + 1] < times[child]) {
        child++;
      }
      if (times[child] >= time) {
        break;
      }
      times[i] = times[child];
      callers[i] = callers[child];
      i = child;
    }
    times[i] = time;
    callers[i] = caller;
    return first;
  }
}
