package io.callsight.ingest.asterisk;

import io.callsight.ingest.EventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.ingest.IngestOutput;
import io.callsight.schemas.Topic;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The queue_log adapter as a service: reads a queue_log once or follows it, writes the events to
 * Kafka, serves its metrics to Prometheus and tells a person on stderr what it is doing.
 */
public final class QueueLogIngest implements AutoCloseable {
  private static final List<Topic> TOPICS =
      List.of(Topic.CALL_EVENTS, Topic.AGENT_EVENTS, Topic.DEAD_LETTERS);

  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final QueueLogIngestOptions options;
  private final EventSink sink;
  private final IngestMetrics metrics;
  private final PrintStream progress;
  private final List<AutoCloseable> owned;
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile boolean running;
  private volatile QueueLogFollower follower;
  private volatile boolean stopRequested;

  /** Runs into the given sink and metrics, which stay the caller's to close. */
  public QueueLogIngest(
      QueueLogIngestOptions options, EventSink sink, IngestMetrics metrics, PrintStream progress) {
    this(options, sink, metrics, progress, List.of());
  }

  private QueueLogIngest(
      QueueLogIngestOptions options,
      EventSink sink,
      IngestMetrics metrics,
      PrintStream progress,
      List<AutoCloseable> owned) {
    this.options = options;
    this.sink = sink;
    this.metrics = metrics;
    this.progress = progress;
    this.owned = owned;
  }

  /**
   * Creates the topics if they are missing, starts the metrics endpoint and connects to Kafka; the
   * returned service closes both.
   *
   * @throws IllegalStateException when Kafka cannot be reached or the metrics port is taken
   */
  public static QueueLogIngest connect(QueueLogIngestOptions options, PrintStream progress) {
    IngestOutput out =
        IngestOutput.open(
            options.bootstrapServers(),
            TOPICS,
            options.topicPartitions(),
            options.metricsHost(),
            options.metricsPort(),
            QueueLogParser.SOURCE);
    progress.printf(
        "queue_log: writing to Kafka at %s (%s)%n",
        options.bootstrapServers(),
        TOPICS.stream().map(Topic::topicName).collect(Collectors.joining(", ")));
    progress.printf("queue_log: metrics at %s%n", out.endpoint().url());
    return new QueueLogIngest(options, out.sink(), out.metrics(), progress, List.of(out));
  }

  /**
   * Reads the file once to its end, or follows it until {@link #stop()}; returns what was read.
   *
   * @throws IllegalStateException when the sink fails (e.g. Kafka stays unreachable)
   */
  public QueueLogTally run() throws IOException {
    running = true;
    try {
      QueueLogParser parser = new QueueLogParser(options.callerHashKey());
      QueueLogTally tally = options.follow() ? follow(parser) : readOnce(parser);
      progress.printf("queue_log: done, %s%n", tally);
      return tally;
    } finally {
      finished.countDown();
    }
  }

  private QueueLogTally readOnce(QueueLogParser parser) throws IOException {
    progress.printf("queue_log: reading %s once%n", options.file().toAbsolutePath());
    return new QueueLogReader(parser, sink, metrics).read(options.file());
  }

  private QueueLogTally follow(QueueLogParser parser) {
    OffsetStore offsets = new OffsetStore(options.offsetsFile());
    QueueLogFollower f =
        new QueueLogFollower(
            options.file(), offsets, parser, sink, metrics, options.pollInterval());
    follower = f;
    if (stopRequested) {
      f.stop();
    }
    progress.printf(
        "queue_log: following %s (every %d ms; position kept in %s)%n",
        options.file().toAbsolutePath(), options.pollInterval().toMillis(), offsets.file());
    ScheduledExecutorService reporter =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "queue_log-progress");
              t.setDaemon(true);
              return t;
            });
    reporter.scheduleAtFixedRate(
        new ProgressLine(f),
        PROGRESS_EVERY.toMillis(),
        PROGRESS_EVERY.toMillis(),
        TimeUnit.MILLISECONDS);
    try {
      f.run();
    } finally {
      reporter.shutdownNow();
      f.close();
    }
    return f.tally();
  }

  /** Prints the tally when it changed since the last line, so an idle follower stays quiet. */
  private final class ProgressLine implements Runnable {
    private final QueueLogFollower follower;
    private QueueLogTally last = QueueLogTally.ZERO;

    ProgressLine(QueueLogFollower follower) {
      this.follower = follower;
    }

    @Override
    public void run() {
      QueueLogTally now = follower.tally();
      if (!now.equals(last)) {
        progress.printf("queue_log: %s%n", now);
        last = now;
      }
    }
  }

  /**
   * Asks a running {@link #run()} to finish (the follower stores its exact position) and waits for
   * it, so it can be called from a shutdown hook.
   */
  public void stop() {
    stopRequested = true;
    QueueLogFollower f = follower;
    if (f != null) {
      f.stop();
    }
    if (!running) {
      return;
    }
    try {
      finished.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes the Kafka producer and the metrics endpoint when {@link #connect} opened them. */
  @Override
  public void close() {
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        progress.printf("queue_log: closing %s failed: %s%n", resource, e);
      }
    }
  }
}
