package io.callsight.ingest.sim;

import java.time.Instant;

/**
 * How simulated time relates to the wall clock: where it starts, what time an event carries, and
 * how long to wait before simulating a moment.
 */
public interface Pacer {
  /** The simulated start, in epoch milliseconds. */
  long start();

  /** The time an event that happens at simulated time {@code simTime} carries. */
  long eventTime(long simTime);

  /** Wall-clock nanoseconds to wait before simulating {@code simTime}; zero or less: go on. */
  long nanosUntil(long simTime);

  /** As fast as possible from {@code start}: events carry their simulated time. */
  static Pacer asFastAsPossible(Instant start) {
    return new AsFastAsPossible(start.toEpochMilli());
  }

  /**
   * Simulated time follows the wall clock from now, {@code speed} times faster; events carry the
   * wall-clock time at which they are due, so durations shrink by the same factor and a live
   * pipeline sees every event "now".
   */
  static Pacer realtime(double speed) {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be positive, was " + speed);
    }
    return new WallClock(System.currentTimeMillis(), System.nanoTime(), speed);
  }

  /** Replays and benchmarks: no waiting, simulated time is event time. */
  record AsFastAsPossible(long start) implements Pacer {
    @Override
    public long eventTime(long simTime) {
      return simTime;
    }

    @Override
    public long nanosUntil(long simTime) {
      return 0;
    }
  }

  /** Live runs: anchored at a wall-clock instant (millis for event times, nanos for waiting). */
  record WallClock(long start, long startNanos, double speed) implements Pacer {
    @Override
    public long eventTime(long simTime) {
      return start + (long) ((simTime - start) / speed);
    }

    @Override
    public long nanosUntil(long simTime) {
      return startNanos + (long) ((simTime - start) * 1_000_000 / speed) - System.nanoTime();
    }
  }
}
