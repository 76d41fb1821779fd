package io.callsight.ingest.ami;

import io.callsight.common.KafkaTopics;
import io.callsight.common.MetricsEndpoint;
import io.callsight.ingest.IngestMetrics;
import io.callsight.ingest.KafkaEventSink;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.Topic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The AMI ingest service: creates its topics, serves Prometheus metrics and writes what an
 * Asterisk's Manager Interface reports to Kafka until closed, printing progress lines for people.
 */
public final class AmiIngest implements AutoCloseable {
  private static final List<Topic> TOPICS =
      List.of(Topic.CALL_EVENTS, Topic.AGENT_EVENTS, Topic.DEAD_LETTERS);
  private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

  private final MetricsEndpoint metrics;
  private final KafkaEventSink sink;
  private final AmiAdapter adapter;
  private final Consumer<String> progress;
  private final ScheduledExecutorService reporter;

  private AmiIngest(
      MetricsEndpoint metrics,
      KafkaEventSink sink,
      AmiAdapter adapter,
      Consumer<String> progress,
      Duration progressInterval) {
    this.metrics = metrics;
    this.sink = sink;
    this.adapter = adapter;
    this.progress = progress;
    this.reporter =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ami-ingest-progress");
              t.setDaemon(true);
              return t;
            });
    long every = progressInterval.toMillis();
    reporter.scheduleAtFixedRate(
        () -> progress.accept(summary()), every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Creates the topics, starts the metrics endpoint, logs in to the AMI and starts writing events.
   * Progress lines go to {@code out} (typically standard error).
   *
   * @throws IllegalStateException naming what could not be reached (Kafka, the metrics port, the
   *     AMI) and what to check; nothing is left running
   */
  public static AmiIngest start(AmiIngestOptions options, PrintStream out) {
    Consumer<String> progress = line -> out.println("ami-ingest: " + line);
    progress.accept("making sure the topics exist on Kafka at " + options.bootstrapServers());
    KafkaTopics.ensure(
        options.bootstrapServers(), TOPICS, options.topicPartitions(), KAFKA_TIMEOUT);
    MetricsEndpoint metrics = MetricsEndpoint.start(options.metricsHost(), options.metricsPort());
    KafkaEventSink sink = null;
    AmiAdapter adapter = null;
    try {
      progress.accept("metrics at " + metrics.url());
      sink = new KafkaEventSink(options.bootstrapServers(), Map.of());
      AmiEventMapper mapper =
          new AmiEventMapper(
              CallerIds.withKey(options.callerHashKey()),
              "ami://" + options.ami().address(),
              options.callTtl(),
              options.exitReasonWait());
      IngestMetrics ingestMetrics = new IngestMetrics(metrics.registry(), AmiEventMapper.SOURCE);
      adapter = new AmiAdapter(options.ami(), mapper, sink, ingestMetrics, progress);
      adapter.start();
      return new AmiIngest(metrics, sink, adapter, progress, options.progressInterval());
    } catch (RuntimeException e) {
      closeAll(adapter, sink, metrics);
      throw e;
    }
  }

  /** Where Prometheus scrapes this service. */
  public String metricsUrl() {
    return metrics.url();
  }

  /** Whether the AMI connection is up now (false while asterisk-java reconnects). */
  public boolean isConnected() {
    return adapter.isConnected();
  }

  /**
   * Blocks until {@link #close()} is called, or until writing to Kafka failed.
   *
   * @throws IllegalStateException when writing to Kafka failed; close the service then
   */
  public void awaitTermination() throws InterruptedException {
    try {
      adapter.stopped().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "AMI ingest stopped: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Logs off, writes what is still buffered to Kafka and stops serving metrics. */
  @Override
  public void close() {
    reporter.shutdownNow();
    progress.accept("stopping; " + summary());
    closeAll(adapter, sink, metrics);
  }

  private static void closeAll(AmiAdapter adapter, KafkaEventSink sink, MetricsEndpoint metrics) {
    try {
      if (adapter != null) {
        adapter.close();
      }
    } finally {
      try {
        if (sink != null) {
          sink.close();
        }
      } finally {
        metrics.close();
      }
    }
  }

  private String summary() {
    MeterRegistry registry = metrics.registry();
    return "read "
        + count(registry, "callsight.ingest.records.read")
        + " AMI events: "
        + count(registry, "callsight.ingest.events.parsed", "kind", "call")
        + " call events, "
        + count(registry, "callsight.ingest.events.parsed", "kind", "agent")
        + " agent events, "
        + count(registry, "callsight.ingest.records.dead.lettered")
        + " dead letters, "
        + count(registry, "callsight.ingest.records.ignored")
        + " ignored; "
        + gauge(registry, "callsight.ingest.ami.calls.tracked")
        + " calls in progress; "
        + (adapter.isConnected() ? "connected" : "not connected");
  }

  private static long count(MeterRegistry registry, String name, String... tags) {
    return Math.round(
        registry.find(name).tag("source", AmiEventMapper.SOURCE).tags(tags).counters().stream()
            .mapToDouble(Counter::count)
            .sum());
  }

  private static long gauge(MeterRegistry registry, String name) {
    Gauge gauge = registry.find(name).tag("source", AmiEventMapper.SOURCE).gauge();
    return gauge == null ? 0 : Math.round(gauge.value());
  }
}
