package io.callsight.ingest;

import java.time.Duration;

/** The checks every ingest process's options make, in one wording. */
public final class IngestChecks {
  private IngestChecks() {}

  /** Where the process writes (Kafka, topics it creates) and reports (Prometheus). */
  public static void requireOutput(
      String bootstrapServers, String metricsHost, int metricsPort, int topicPartitions) {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("the Kafka bootstrap servers are required");
    }
    if (metricsHost == null || metricsHost.isBlank()) {
      throw new IllegalArgumentException("the metrics host is required");
    }
    if (metricsPort < 0 || metricsPort > 65_535) {
      throw new IllegalArgumentException(
          "the metrics port must be within 0..65535, was " + metricsPort);
    }
    if (topicPartitions < 1) {
      throw new IllegalArgumentException(
          "topics need at least one partition, was " + topicPartitions);
    }
  }

  public static void requirePositive(Duration d, String what) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, was " + d);
    }
  }
}
