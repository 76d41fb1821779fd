package io.callsight.jobs.kpi;

import java.util.Arrays;

/**
 * One caller's recent offers, to tell whether a new call repeats one within the window (the
 * first-contact-resolution proxy). A mutable POJO for Flink state.
 */
public final class RepeatCallers {
  /** Offer times within the window of the newest, ascending. */
  public long[] offers = new long[0];

  public RepeatCallers() {}

  /** Records an offer; true when the same caller called within {@code windowMs} before it. */
  public boolean offer(long time, long windowMs) {
    boolean repeat = false;
    for (long t : offers) {
      if (t < time && time - t <= windowMs) {
        repeat = true;
        break;
      }
    }
    long newest = Math.max(time, offers.length == 0 ? time : offers[offers.length - 1]);
    long[] kept = Arrays.stream(offers).filter(t -> newest - t <= windowMs).toArray();
    long[] next = Arrays.copyOf(kept, kept.length + 1);
    next[kept.length] = time;
    Arrays.sort(next);
    offers = next;
    return repeat;
  }

  /** When the newest offer leaves the window: the state can go then. */
  public long expiresAt(long windowMs) {
    return offers.length == 0 ? Long.MIN_VALUE : offers[offers.length - 1] + windowMs;
  }
}
