package io.callsight.ingest;

import java.time.Duration;

/**
 * What the builders of a file-reading ingest process's options share: where it writes, where it
 * reports and how often it looks.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class IngestOptionsBuilder<B extends IngestOptionsBuilder<B>> {
  public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
  public static final String DEFAULT_METRICS_HOST = "0.0.0.0";
  public static final int DEFAULT_TOPIC_PARTITIONS = 3;

  protected String bootstrapServers = DEFAULT_BOOTSTRAP_SERVERS;
  protected String metricsHost = DEFAULT_METRICS_HOST;
  protected int metricsPort;
  protected Duration pollInterval;
  protected int topicPartitions = DEFAULT_TOPIC_PARTITIONS;

  protected IngestOptionsBuilder(int metricsPort, Duration pollInterval) {
    this.metricsPort = metricsPort;
    this.pollInterval = pollInterval;
  }

  protected abstract B self();

  public B bootstrapServers(String v) {
    bootstrapServers = v;
    return self();
  }

  public B metricsHost(String v) {
    metricsHost = v;
    return self();
  }

  public B metricsPort(int v) {
    metricsPort = v;
    return self();
  }

  public B pollInterval(Duration v) {
    pollInterval = v;
    return self();
  }

  public B topicPartitions(int v) {
    topicPartitions = v;
    return self();
  }
}
