package io.callsight.ingest.recordings;

import io.callsight.common.KafkaTopics;
import io.callsight.common.MetricsEndpoint;
import io.callsight.ingest.IngestMetrics;
import io.callsight.ingest.KafkaEventSink;
import io.callsight.schemas.Topic;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The recordings watcher as a service: writes recordings and dead letters to Kafka, serves its
 * metrics to Prometheus, and says on stderr what it is doing.
 */
public final class RecordingsIngest implements AutoCloseable {
  private static final List<Topic> TOPICS = List.of(Topic.RECORDINGS, Topic.DEAD_LETTERS);
  private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final RecordingsWatcher watcher;
  private final KafkaEventSink sink;
  private final MetricsEndpoint endpoint;
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile boolean running;

  private RecordingsIngest(
      RecordingsWatcher watcher, KafkaEventSink sink, MetricsEndpoint endpoint) {
    this.watcher = watcher;
    this.sink = sink;
    this.endpoint = endpoint;
  }

  /**
   * Creates the topics if they are missing, starts the metrics endpoint and connects to Kafka.
   *
   * @throws IllegalStateException when Kafka cannot be reached or the metrics port is taken
   */
  public static RecordingsIngest connect(RecordingsIngestOptions options, PrintStream progress) {
    KafkaTopics.ensure(
        options.bootstrapServers(), TOPICS, options.topicPartitions(), KAFKA_TIMEOUT);
    MetricsEndpoint endpoint = MetricsEndpoint.start(options.metricsHost(), options.metricsPort());
    KafkaEventSink sink;
    try {
      sink = new KafkaEventSink(options.bootstrapServers(), Map.of());
    } catch (RuntimeException e) {
      endpoint.close();
      throw e;
    }
    IngestMetrics metrics = new IngestMetrics(endpoint.registry(), RecordingsWatcher.SOURCE);
    RecordingsWatcher watcher = new RecordingsWatcher(options, sink, metrics, Clock.systemUTC());
    progress.printf(
        "recordings: watching %s for %s (call id by %s, stereo %s), announcing to Kafka at %s"
            + " (recordings, dead-letters); announced files kept in %s%n",
        options.dir().toAbsolutePath(),
        options.glob(),
        options.names().pattern(),
        options.stereoLayout().json(),
        options.bootstrapServers(),
        options.stateFile().toAbsolutePath());
    progress.printf("recordings: metrics at %s%n", endpoint.url());
    return new RecordingsIngest(watcher, sink, endpoint);
  }

  /** Watches until {@link #stop()}. */
  public void run() {
    running = true;
    try {
      watcher.run();
    } finally {
      finished.countDown();
    }
  }

  /**
   * Asks {@link #run()} to finish its poll (storing what it announced) and waits for it, so it can
   * be called from a shutdown hook.
   */
  public void stop() {
    watcher.stop();
    if (running) {
      try {
        finished.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    watcher.close();
    sink.close();
    endpoint.close();
  }
}
