package io.callsight.ingest.sim;

import io.callsight.common.KafkaTopics;
import io.callsight.common.MetricsEndpoint;
import io.callsight.ingest.IngestMetrics;
import io.callsight.ingest.KafkaEventSink;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.Topic;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Runs {@code callsight simulate}: simulates the chosen centre into Kafka (creating the topics if
 * needed) or into a queue_log file, serves the ingest metrics (source {@value
 * CanonicalEventWriter#SOURCE}) and prints progress for people every few seconds. Stops at the
 * limits, on {@link #stop()}, on interrupt, or when the JVM shuts down (Ctrl-C), always flushing
 * what was simulated.
 */
public final class SimulateService {
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
  private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

  private final SimulateOptions options;
  private final PrintStream progress;
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile Simulation simulation;
  private volatile boolean stopRequested;

  /** A service that prints its progress to {@code progress} (the command's standard error). */
  public SimulateService(SimulateOptions options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
  }

  /** Simulates until a limit is reached or the run is stopped; returns what was written. */
  public SimulationSummary run() throws IOException {
    SimulationConfig config = options.config();
    Thread onShutdown = new Thread(this::stopAndWait, "simulation-shutdown");
    Runtime.getRuntime().addShutdownHook(onShutdown);
    try (MetricsEndpoint endpoint = startMetrics();
        SimulationOutput output = new MeteredOutput(openOutput(), metrics(endpoint))) {
      Simulation running = new Simulation(config, options.seed(), options.pacer(), output);
      simulation = running;
      if (stopRequested) {
        running.stop();
      }
      progress.printf(
          "simulating profile %s (%d queues, %d agents), seed %d, %s pacing%s → %s%n",
          options.profile(),
          config.queues().size(),
          config.agentCount(),
          options.seed(),
          options.pacing().name().toLowerCase(),
          options.pacing() == Pacing.REALTIME ? " ×" + options.speed() : "",
          options.queueLog() != null ? options.queueLog() : options.bootstrapServers());
      if (endpoint != null) {
        progress.printf("metrics at %s%n", endpoint.url());
      }
      long began = System.nanoTime();
      SimulationSummary summary;
      try (ProgressReporter reporter =
          new ProgressReporter(running, progress, config.zone(), PROGRESS_EVERY)) {
        summary = running.run(options.limits());
      }
      double seconds = (System.nanoTime() - began) / 1e9;
      progress.printf(
          "done: simulated %s to %s, %,d events (%,d call, %,d agent) in %.1f s%n",
          summary.simulatedFrom(),
          summary.simulatedUntil(),
          summary.events(),
          summary.callEvents(),
          summary.agentEvents(),
          seconds);
      for (QueueSummary queue : summary.queues()) {
        progress.printf(
            "  %-12s offered %,d · answered %,d · service level %.1f %% · abandoned %.1f %%%n",
            queue.queue(),
            queue.offered(),
            queue.answered(),
            100 * queue.serviceLevel(),
            100 * queue.abandonRate());
      }
      return summary;
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onShutdown);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running and waits for this run to finish: nothing to remove.
      }
    }
  }

  /** Asks a running (or about to run) simulation to stop; {@link #run()} then returns. */
  public void stop() {
    stopRequested = true;
    Simulation running = simulation;
    if (running != null) {
      running.stop();
    }
  }

  private void stopAndWait() {
    stop();
    try {
      finished.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private MetricsEndpoint startMetrics() {
    return options.metricsPort() < 0
        ? null
        : MetricsEndpoint.start("0.0.0.0", options.metricsPort());
  }

  private static IngestMetrics metrics(MetricsEndpoint endpoint) {
    return new IngestMetrics(
        endpoint == null ? new SimpleMeterRegistry() : endpoint.registry(),
        CanonicalEventWriter.SOURCE);
  }

  private SimulationOutput openOutput() throws IOException {
    Path queueLog = options.queueLog();
    if (queueLog != null) {
      Path parent = queueLog.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return QueueLogWriter.appendingTo(queueLog);
    }
    String servers = options.bootstrapServers();
    KafkaTopics.ensure(
        servers,
        List.of(Topic.CALL_EVENTS, Topic.AGENT_EVENTS),
        options.partitions(),
        KAFKA_TIMEOUT);
    return new CanonicalEventWriter(
        new KafkaEventSink(servers, Map.of(ProducerConfig.CLIENT_ID_CONFIG, "callsight-simulator")),
        CallerIds.withKey(options.callerHashKey()));
  }
}
