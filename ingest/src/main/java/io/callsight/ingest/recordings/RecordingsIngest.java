package io.callsight.ingest.recordings;

import io.callsight.ingest.IngestOutput;
import io.callsight.schemas.Topic;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The recordings watcher as a service: writes recordings and dead letters to Kafka, serves its
 * metrics to Prometheus, and says on stderr what it is doing.
 */
public final class RecordingsIngest implements AutoCloseable {
  private static final List<Topic> TOPICS = List.of(Topic.RECORDINGS, Topic.DEAD_LETTERS);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final RecordingsWatcher watcher;
  private final IngestOutput out;
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile boolean running;

  private RecordingsIngest(RecordingsWatcher watcher, IngestOutput out) {
    this.watcher = watcher;
    this.out = out;
  }

  /**
   * Creates the topics if they are missing, starts the metrics endpoint and connects to Kafka.
   *
   * @throws IllegalStateException when Kafka cannot be reached or the metrics port is taken
   */
  public static RecordingsIngest connect(RecordingsIngestOptions options, PrintStream progress) {
    IngestOutput out =
        IngestOutput.open(
            options.bootstrapServers(),
            TOPICS,
            options.topicPartitions(),
            options.metricsHost(),
            options.metricsPort(),
            RecordingsWatcher.SOURCE);
    RecordingsWatcher watcher =
        new RecordingsWatcher(options, out.sink(), out.metrics(), Clock.systemUTC());
    progress.printf(
        "recordings: watching %s for %s (call id by %s, stereo %s), announcing to Kafka at %s"
            + " (recordings, dead-letters); announced files kept in %s%n",
        options.dir().toAbsolutePath(),
        options.glob(),
        options.names().pattern(),
        options.stereoLayout().json(),
        options.bootstrapServers(),
        options.stateFile().toAbsolutePath());
    progress.printf("recordings: metrics at %s%n", out.endpoint().url());
    return new RecordingsIngest(watcher, out);
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
    out.close();
  }
}
