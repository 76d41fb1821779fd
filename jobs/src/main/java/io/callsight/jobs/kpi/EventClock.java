package io.callsight.jobs.kpi;

/**
 * "Now" on the switch's clock: the newest event time seen, moved on by the wall-clock time since. A
 * live feed gives wall-clock time; a replayed day gives that day's time, so waits are right.
 */
public final class EventClock {
  private long newestEventTime = Long.MIN_VALUE;
  private long wallAtNewest;

  public void observe(long eventTime, long wallNow) {
    if (eventTime > newestEventTime) {
      newestEventTime = eventTime;
      wallAtNewest = wallNow;
    }
  }

  public long now(long wallNow) {
    if (newestEventTime == Long.MIN_VALUE) {
      return wallNow;
    }
    return newestEventTime + Math.max(0, wallNow - wallAtNewest);
  }
}
