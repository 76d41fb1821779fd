package io.callsight.ingest.sim;

import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * A queue's call arrivals: a Poisson process whose rate follows the daily curve, drawn by thinning
 * (candidates at the peak rate, each kept with probability rate(t) / peak).
 */
final class ArrivalProcess {
  private static final double MILLIS_PER_HOUR = 3_600_000.0;

  private final double[] perHour = new double[24];
  private final double peak;
  private final LocalHours hours;
  private double candidate;

  ArrivalProcess(QueueConfig queue, ZoneId zone, long start) {
    for (int h = 0; h < 24; h++) {
      perHour[h] = queue.arrivalsPerHour() * queue.curve().at(h);
    }
    this.peak = queue.arrivalsPerHour() * queue.curve().peak();
    this.hours = new LocalHours(zone);
    this.candidate = start;
  }

  /** The time of the next call, or {@link Long#MAX_VALUE} when the queue never gets calls. */
  long next(SplittableRandom random) {
    if (peak <= 0) {
      return Long.MAX_VALUE;
    }
    while (true) {
      candidate += random.nextExponential() * MILLIS_PER_HOUR / peak;
      long t = (long) candidate;
      if (random.nextDouble() * peak < perHour[hours.hourOf(t)]) {
        return t;
      }
    }
  }
}
