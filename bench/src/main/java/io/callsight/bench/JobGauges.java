package io.callsight.bench;

import java.util.List;
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
 * Flink's own gauges of the job a bench runs in this JVM (task time counters, source positions,
 * checkpoint counts), read directly instead of through the REST API.
 *
 * <p>Flink creates the reporter by its factory; the reporter hands each gauge to the one
 * measurement under way.
 */
public final class JobGauges {
  private static volatile JobGauges measuring;

  /** A gauge with its name and the scope variables of its group ({@code <task_name>}, …). */
  public record Entry(String name, Map<String, String> scope, Gauge<?> gauge) {
    /** The gauge's value as a number, or -1 when it has none (yet). */
    public long value() {
      return gauge.getValue() instanceof Number n ? n.longValue() : -1;
    }
  }

  /** By metric identifier: a metric registered again replaces the one it had. */
  private final Map<String, Entry> gauges = new ConcurrentHashMap<>();

  /** Starts collecting the gauges of the next job: adds the reporter to its configuration. */
  public static JobGauges attach(Configuration flink) {
    flink.setString("metrics.reporter.bench-gauges.factory.class", Factory.class.getName());
    JobGauges gauges = new JobGauges();
    measuring = gauges;
    return gauges;
  }

  /** Every gauge of that name registered so far. */
  public List<Entry> named(String name) {
    return gauges.values().stream().filter(g -> g.name.equals(name)).toList();
  }

  /** The largest value of the gauges of that name, 0 when there is none (a job-wide count). */
  public long largest(String name) {
    return named(name).stream().mapToLong(Entry::value).max().orElse(0);
  }

  /** The reporter Flink creates; it passes the gauges to the measurement under way. */
  public static final class Reporter implements MetricReporter {
    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
      JobGauges target = measuring;
      if (target != null && metric instanceof Gauge<?> gauge) {
        target.gauges.put(
            group.getMetricIdentifier(name),
            new Entry(name, Map.copyOf(group.getAllVariables()), gauge));
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
