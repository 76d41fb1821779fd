package io.callsight.ingest;

import io.callsight.common.KafkaTopics;
import io.callsight.common.MetricsEndpoint;
import io.callsight.schemas.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where an ingest process writes and reports: its topics on Kafka (created when missing), a Kafka
 * sink, and a Prometheus endpoint with the process's metrics. Closing it closes both.
 */
public record IngestOutput(KafkaEventSink sink, MetricsEndpoint endpoint, IngestMetrics metrics)
    implements AutoCloseable {
  private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Creates the topics if they are missing, starts the metrics endpoint and connects to Kafka.
   *
   * @param source the tag of the process's metrics
   * @throws IllegalStateException when Kafka cannot be reached or the metrics port is taken
   */
  public static IngestOutput open(
      String bootstrapServers,
      List<Topic> topics,
      int partitions,
      String metricsHost,
      int metricsPort,
      String source) {
    KafkaTopics.ensure(bootstrapServers, topics, partitions, KAFKA_TIMEOUT);
    MetricsEndpoint endpoint = MetricsEndpoint.start(metricsHost, metricsPort);
    try {
      return new IngestOutput(
          new KafkaEventSink(bootstrapServers, Map.of()),
          endpoint,
          new IngestMetrics(endpoint.registry(), source));
    } catch (RuntimeException e) {
      endpoint.close();
      throw e;
    }
  }

  @Override
  public void close() {
    sink.close();
    endpoint.close();
  }
}
