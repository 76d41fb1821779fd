package io.callsight.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How busy each of the job's tasks was while a bench ran, from Flink's own counters of the time
 * each subtask spent working, waiting on back-pressure and waiting for input. A task that is
 * neither busy nor back-pressured waited for input; the busiest task is where the job's throughput
 * ends.
 */
public final class OperatorLoad {
  private static final List<String> COUNTERS =
      List.of("accumulateBusyTimeMs", "accumulateBackPressuredTimeMs", "accumulateIdleTimeMs");

  private final JobGauges gauges;
  private Map<String, long[]> from = Map.of();

  public OperatorLoad(JobGauges gauges) {
    this.gauges = gauges;
  }

  /** Counts from now on (before, the tasks' start-up counts too). */
  public void start() {
    from = totals();
  }

  /**
   * One line per task, busiest first: {@code busy 64 %, back-pressured 2 % call tracker}. The
   * shares are of the time counted since {@link #start}, or since the tasks started if none passed.
   */
  public List<String> report() {
    Map<String, long[]> now = totals();
    Map<String, long[]> since = new HashMap<>();
    long counted = 0;
    for (Map.Entry<String, long[]> t : now.entrySet()) {
      long[] before = from.getOrDefault(t.getKey(), new long[3]);
      long[] d = new long[3];
      for (int i = 0; i < 3; i++) {
        // A subtask's counters restart when it does.
        d[i] = Math.max(0, t.getValue()[i] - before[i]);
        counted += d[i];
      }
      since.put(t.getKey(), d);
    }
    Map<String, long[]> shown = counted > 0 ? since : now;
    List<Map.Entry<String, long[]>> tasks = new ArrayList<>(shown.entrySet());
    tasks.sort((a, b) -> Double.compare(share(b.getValue(), 0), share(a.getValue(), 0)));
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, long[]> t : tasks) {
      lines.add(
          String.format(
              Locale.ROOT,
              "busy %3.0f %%, back-pressured %3.0f %%  %s",
              share(t.getValue(), 0),
              share(t.getValue(), 1),
              t.getKey()));
    }
    return lines;
  }

  private static double share(long[] times, int which) {
    long all = times[0] + times[1] + times[2];
    return all == 0 ? 0 : 100.0 * times[which] / all;
  }

  /** Per task: busy, back-pressured and idle milliseconds, summed over its subtasks. */
  private Map<String, long[]> totals() {
    Map<String, long[]> totals = new HashMap<>();
    for (int i = 0; i < COUNTERS.size(); i++) {
      for (JobGauges.Entry g : gauges.named(COUNTERS.get(i))) {
        long v = g.value();
        if (v >= 0) {
          totals.computeIfAbsent(g.scope().getOrDefault("<task_name>", "?"), t -> new long[3])[i] +=
              v;
        }
      }
    }
    return totals;
  }
}
