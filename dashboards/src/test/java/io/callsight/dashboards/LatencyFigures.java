package io.callsight.dashboards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median, 90th percentile and maximum of measured latencies, for printing. */
record LatencyFigures(int count, long medianMillis, long p90Millis, long maxMillis) {
  static LatencyFigures of(List<Long> millis) {
    if (millis.isEmpty()) {
      return new LatencyFigures(0, 0, 0, 0);
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return new LatencyFigures(
        sorted.size(),
        sorted.get((sorted.size() - 1) / 2),
        sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
        sorted.get(sorted.size() - 1));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d rows: median %d ms, p90 %d ms, max %d ms",
        count,
        medianMillis,
        p90Millis,
        maxMillis);
  }
}
