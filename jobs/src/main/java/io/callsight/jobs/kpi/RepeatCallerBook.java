package io.callsight.jobs.kpi;

import io.callsight.schemas.CallerIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The recent offers of the callers in one bucket of caller ids, to tell which calls repeat an
 * earlier one within the window (the first-contact-resolution proxy). Offers may arrive out of
 * order: an earlier call arriving late makes the later calls within its window repeats, each
 * flagged once.
 *
 * <p>A week of callers is the job's largest state, and heap checkpoints write all of it every time.
 * So many callers share one state entry, kept as flat primitive arrays sorted by caller and time: a
 * checkpoint writes a few arrays per bucket instead of a key, an object and a timer per caller. A
 * mutable POJO so Flink serialises it without Kryo.
 */
public final class RepeatCallerBook {
  /** How many buckets caller ids are spread over (the state entries of the repeat detector). */
  public static final int BUCKETS = 4096;

  private static final int REPEAT = 1 << 31;

  /** An offer found to be a repeat call: its time and queue. */
  public record Repeat(long time, String queue) {}

  /** Offers 0..size-1, sorted by caller, then time. */
  public long[] callers = new long[0];

  public long[] times = new long[0];

  /**
   * Index into {@link #queueNames}, with the top bit set once the offer is known to be a repeat.
   */
  public int[] queues = new int[0];

  public String[] queueNames = new String[0];
  public int size;

  /** The event time of the next sweep that forgets expired callers; 0 when none is due. */
  public long sweepAt;

  public RepeatCallerBook() {}

  /**
   * A caller id as 64 bits: hashed ids (16 hex digits) are read as the number they spell, others
   * hashed.
   */
  public static long callerKey(String callerId) {
    if (CallerIds.isHashed(callerId)) {
      return Long.parseUnsignedLong(callerId, 16);
    }
    return CallProgress.hash(callerId);
  }

  /** The bucket a caller's offers are kept in. */
  public static int bucketOf(String callerId) {
    return (int) (callerKey(callerId) >>> 52);
  }

  /** How many offers the book holds. */
  public int size() {
    return size;
  }

  /**
   * Records an offer and returns the offers it shows to be repeats: itself, when the caller called
   * within {@code windowMs} before it, and the caller's later offers within its window that were
   * not yet known to be repeats.
   */
  public List<Repeat> offer(long caller, long time, String queue, long windowMs) {
    int from = firstOf(caller);
    int to = from;
    while (to < size && callers[to] == caller) {
      to++;
    }
    boolean mine = false;
    List<Repeat> repeats = new ArrayList<>(1);
    int at = to;
    for (int i = from; i < to; i++) {
      long t = times[i];
      if (t < time && time - t <= windowMs) {
        mine = true;
      } else if (t > time && t - time <= windowMs && (queues[i] & REPEAT) == 0) {
        queues[i] |= REPEAT;
        repeats.add(new Repeat(t, queueNames[queues[i] & ~REPEAT]));
      }
      if (t > time && at == to) {
        at = i;
      }
    }
    if (mine) {
      repeats.add(0, new Repeat(time, queue));
    }
    insert(at, caller, time, queueIndex(queue) | (mine ? REPEAT : 0));
    forgetOlderThanWindow(from, to + 1, windowMs);
    return repeats;
  }

  /** When the first caller's newest offer leaves the window, or Long.MAX_VALUE for none. */
  public long nextExpiry(long windowMs) {
    long first = Long.MAX_VALUE;
    for (int i = 0; i < size; i++) {
      if (i + 1 == size || callers[i + 1] != callers[i]) {
        first = Math.min(first, times[i] + windowMs);
      }
    }
    return first;
  }

  /** Forgets the callers whose newest offer left the window by {@code now}. */
  public void expire(long now, long windowMs) {
    int kept = 0;
    int i = 0;
    while (i < size) {
      int end = i;
      while (end < size && callers[end] == callers[i]) {
        end++;
      }
      if (times[end - 1] + windowMs > now) {
        for (int j = i; j < end; j++) {
          move(j, kept++);
        }
      }
      i = end;
    }
    size = kept;
  }

  /** The index of the caller's first offer, or where it would go. */
  private int firstOf(long caller) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (callers[mid] < caller) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int queueIndex(String queue) {
    for (int q = 0; q < queueNames.length; q++) {
      if (queueNames[q].equals(queue)) {
        return q;
      }
    }
    queueNames = Arrays.copyOf(queueNames, queueNames.length + 1);
    queueNames[queueNames.length - 1] = queue;
    return queueNames.length - 1;
  }

  private void insert(int at, long caller, long time, int queue) {
    if (size == callers.length) {
      int capacity = Math.max(4, size + (size >> 1));
      callers = Arrays.copyOf(callers, capacity);
      times = Arrays.copyOf(times, capacity);
      queues = Arrays.copyOf(queues, capacity);
    }
    System.arraycopy(callers, at, callers, at + 1, size - at);
    System.arraycopy(times, at, times, at + 1, size - at);
    System.arraycopy(queues, at, queues, at + 1, size - at);
    callers[at] = caller;
    times[at] = time;
    queues[at] = queue;
    size++;
  }

  /** Drops a caller's offers (in from..to) older than the window before its newest. */
  private void forgetOlderThanWindow(int from, int to, long windowMs) {
    long newest = times[to - 1];
    int old = from;
    while (old < to && newest - times[old] > windowMs) {
      old++;
    }
    if (old > from) {
      int gone = old - from;
      System.arraycopy(callers, old, callers, from, size - old);
      System.arraycopy(times, old, times, from, size - old);
      System.arraycopy(queues, old, queues, from, size - old);
      size -= gone;
    }
  }

  private void move(int from, int to) {
    callers[to] = callers[from];
    times[to] = times[from];
    queues[to] = queues[from];
  }
}
