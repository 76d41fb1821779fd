package io.callsight.ingest;

import java.time.Duration;

/**
 * What the builders of a file-reading ingest process's options share: where it writes, where it
 * reports and how often it looks.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class IngestOptionsBuilder<B extends IngestOptionsBuilder<B>> {
  protected String bootstrapServers = "localhost:9092";
  protected String metricsHost = "0.0.0.0";
  protected int metricsPort;
  protected Duration pollInterval;
  protected int topicPartitions = 3;

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
