package io.callsight.jobs.kpi;

import java.util.Arrays;

/** Nearest-rank percentiles: the p-th percentile is a value that occurred, never interpolated. */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The p-th percentile (0 &lt; p ≤ 1) of the first {@code count} values, or null when there are
   * none. Sorts a copy; the input is left as it was.
   */
  public static Long nearestRank(long[] values, int count, double p) {
    if (count == 0) {
      return null;
    }
    long[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * count);
    return sorted[Math.max(0, rank - 1)];
  }
}
