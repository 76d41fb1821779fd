package io.callsight.ingest.ami;

import io.callsight.ingest.IngestChecks;
import io.callsight.ingest.IngestOptionsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link AmiIngest} runs with, checked once at start-up with a message naming the bad value.
 *
 * @param ami the Asterisk Manager Interface and the manager.conf user to log in as
 * @param bootstrapServers the Kafka brokers, {@code host:port[,host:port…]}
 * @param callerHashKey the secret caller numbers are hashed with (at least 16 bytes; the same key
 *     for every adapter, or repeat callers are lost)
 * @param metricsHost the address the Prometheus endpoint listens on
 * @param metricsPort its port; 0 picks a free one
 * @param topicPartitions partitions of the topics this service creates when they are missing
 * @param callTtl how long a call may go without an AMI event before it is forgotten
 * @param exitReasonWait how long to wait for the reason a caller left a queue unanswered
 * @param progressInterval how often a progress line is printed
 */
public record AmiIngestOptions(
    AmiEndpoint ami,
    String bootstrapServers,
    String callerHashKey,
    String metricsHost,
    int metricsPort,
    int topicPartitions,
    Duration callTtl,
    Duration exitReasonWait,
    Duration progressInterval) {
  public static final String DEFAULT_METRICS_HOST = IngestOptionsBuilder.DEFAULT_METRICS_HOST;
  public static final int DEFAULT_METRICS_PORT = 9402;
  public static final int DEFAULT_TOPIC_PARTITIONS = IngestOptionsBuilder.DEFAULT_TOPIC_PARTITIONS;
  public static final Duration DEFAULT_CALL_TTL = Duration.ofHours(4);
  public static final Duration DEFAULT_EXIT_REASON_WAIT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(30);

  public AmiIngestOptions {
    Objects.requireNonNull(ami, "the AMI endpoint is required");
    if (callerHashKey == null || callerHashKey.getBytes(StandardCharsets.UTF_8).length < 16) {
      throw new IllegalArgumentException("the caller-hash key must be at least 16 bytes");
    }
    IngestChecks.requireOutput(bootstrapServers, metricsHost, metricsPort, topicPartitions);
    IngestChecks.requirePositive(callTtl, "the call time-to-live");
    IngestChecks.requirePositive(exitReasonWait, "the exit-reason wait");
    IngestChecks.requirePositive(progressInterval, "the progress interval");
  }

  /** Hides the caller-hash key (the AMI secret is hidden by {@link AmiEndpoint}). */
  @Override
  public String toString() {
    return "AmiIngestOptions[ami="
        + ami
        + ", bootstrapServers="
        + bootstrapServers
        + ", metrics="
        + metricsHost
        + ":"
        + metricsPort
        + ", topicPartitions="
        + topicPartitions
        + ", callTtl="
        + callTtl
        + ", exitReasonWait="
        + exitReasonWait
        + ", progressInterval="
        + progressInterval
        + "]";
  }
}
