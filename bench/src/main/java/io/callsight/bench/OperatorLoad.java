package io.callsight.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * How busy each of the job's tasks was while a bench ran, from Flink's own counters of the time
 * each subtask spent working, waiting on back-pressure and waiting for input. A task that is
 * neither busy nor back-pressured waited for input; the busiest task is where the job's throughput
 * ends.
 *
 * <p>Flink creates the reporter by its factory; the reporter hands the counters to the one load the
 * bench is measuring in this JVM.
 */
public final class OperatorLoad {
  private static final List<String> COUNTERS =
      List.of("accumulateBusyTimeMs", "accumulateBackPressuredTimeMs", "accumulateIdleTimeMs");
  private static volatile OperatorLoad measuring;

  /** Task name → subtask and counter → gauge. */
  private final Map<String, Map<String, Gauge<?>>> gauges = new ConcurrentHashMap<>();

  private Map<String, long[]> from = Map.of();

  /** Starts measuring the next job: adds the reporter to its Flink configuration. */
  public static OperatorLoad measure(Configuration flink) {
    flink.setString("metrics.reporter.operator-load.factory.class", Factory.class.getName());
    OperatorLoad load = new OperatorLoad();
    measuring = load;
    return load;
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
        d[i] = t.getValue()[i] - before[i];
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
    gauges.forEach(
        (task, byName) -> {
          long[] sum = totals.computeIfAbsent(task, t -> new long[3]);
          byName.forEach(
              (key, gauge) -> {
                int i = COUNTERS.indexOf(key.substring(key.indexOf('/') + 1));
                if (gauge.getValue() instanceof Number v) {
                  sum[i] += v.longValue();
                }
              });
        });
    return totals;
  }

  private void added(Metric metric, String name, MetricGroup group) {
    if (!(metric instanceof Gauge<?> gauge) || !COUNTERS.contains(name)) {
      return;
    }
    Map<String, String> vars = group.getAllVariables();
    gauges
        .computeIfAbsent(vars.getOrDefault("<task_name>", "?"), t -> new ConcurrentHashMap<>())
        .put(vars.getOrDefault("<subtask_index>", "0") + "/" + name, gauge);
  }

  /** The reporter Flink creates; it passes the task counters to the load being measured. */
  public static final class Reporter implements MetricReporter {
    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
      OperatorLoad load = measuring;
      if (load != null) {
        load.added(metric, name, group);
      }
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {}
  }

  /** Found by Flink through {@code META-INF/services}. */
  public static final class Factory implements MetricReporterFactory {
    @Override
    public MetricReporter createMetricReporter(Properties properties) {
      return new Reporter();
    }
  }
}
