package io.callsight.ingest.sim;

import java.util.Arrays;

/**
 * A four-ary min-heap of timer entries keyed by one long each, keys and generations in primitive
 * arrays so sifting never touches a timer. An entry is stale when its timer has since been
 * re-scheduled or cancelled (the generations differ).
 */
final class TimerHeap {
  private Timer[] timers = new Timer[256];
  private long[] keys = new long[256];
  private int[] generations = new int[256];
  private int size;

  void add(Timer timer, long key) {
    if (size == timers.length) {
      int capacity = size * 2;
      timers = Arrays.copyOf(timers, capacity);
      keys = Arrays.copyOf(keys, capacity);
      generations = Arrays.copyOf(generations, capacity);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      if (keys[parent] <= key) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, timer, key, timer.generation);
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

  long topKey() {
    return keys[0];
  }

  void removeTop() {
    int last = --size;
    Timer t = timers[last];
    long key = keys[last];
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
        if (keys[c] < keys[best]) {
          best = c;
        }
      }
      if (keys[best] >= key) {
        break;
      }
      move(best, i);
      i = best;
    }
    set(i, t, key, generation);
  }

  private void move(int from, int to) {
    timers[to] = timers[from];
    keys[to] = keys[from];
    generations[to] = generations[from];
  }

  private void set(int i, Timer t, long key, int generation) {
    timers[i] = t;
    keys[i] = key;
    generations[i] = generation;
  }
}
