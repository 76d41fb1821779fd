package io.callsight.jobs.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * One caller's recent offers, to tell which calls repeat an earlier one within the window (the
 * first-contact-resolution proxy). Offers may arrive out of order: an earlier call arriving late
 * makes the later calls within its window repeats. A mutable POJO for Flink state.
 */
public final class RepeatCallers {
  /** One remembered offer. */
  public static final class Offer {
    public long time;
    public String queue;
    public boolean repeat;

    public Offer() {}

    Offer(long time, String queue) {
      this.time = time;
      this.queue = queue;
    }
  }

  public List<Offer> offers = new ArrayList<>();

  public RepeatCallers() {}

  /**
   * Records an offer and returns the offers it shows to be repeats: itself, when the caller called
   * within {@code windowMs} before it, and later offers within its window that were not yet known
   * to be repeats.
   */
  public List<Offer> offer(long time, String queue, long windowMs) {
    Offer mine = new Offer(time, queue);
    List<Offer> repeats = new ArrayList<>();
    for (Offer o : offers) {
      if (o.time < time && time - o.time <= windowMs) {
        mine.repeat = true;
      } else if (o.time > time && o.time - time <= windowMs && !o.repeat) {
        o.repeat = true;
        repeats.add(o);
      }
    }
    if (mine.repeat) {
      repeats.add(0, mine);
    }
    offers.add(mine);
    long newest = offers.stream().mapToLong(o -> o.time).max().getAsLong();
    offers.removeIf(o -> newest - o.time > windowMs);
    return repeats;
  }

  /** When the newest offer leaves the window: the state can go then. */
  public long expiresAt(long windowMs) {
    return offers.stream().mapToLong(o -> o.time + windowMs).max().orElse(Long.MIN_VALUE);
  }
}
