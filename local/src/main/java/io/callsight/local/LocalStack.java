package io.callsight.local;

import io.callsight.common.KafkaTopics;
import io.callsight.common.WorkFolders;
import io.callsight.schemas.Topic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The local stack users run the jobs against: a Kafka broker with CallSight's topics and a real
 * Druid, both in this JVM, with all their files in one work folder that {@link #close()} deletes.
 */
public final class LocalStack implements AutoCloseable {
  private final Path workDir;
  private final EmbeddedKafka kafka;
  private final EmbeddedDruid druid;

  private LocalStack(Path workDir, EmbeddedKafka kafka, EmbeddedDruid druid) {
    this.workDir = workDir;
    this.kafka = kafka;
    this.druid = druid;
  }

  /**
   * Starts Kafka (every topic with {@code partitions} partitions), then Druid on {@code
   * druidPorts}; {@code progress} hears what started where. If anything fails, what started is
   * stopped and {@code workDir} deleted.
   */
  public static LocalStack start(
      Path workDir, DruidPorts druidPorts, int partitions, Consumer<String> progress)
      throws Exception {
    EmbeddedKafka kafka = null;
    try {
      EmbeddedDruid.requirePrerequisites(druidPorts);
      progress.accept("starting Kafka (KRaft, in this process) ...");
      kafka = EmbeddedKafka.start(workDir.resolve("kafka"));
      KafkaTopics.ensure(
          kafka.bootstrapServers(), List.of(Topic.values()), partitions, Duration.ofSeconds(30));
      progress.accept("Kafka at " + kafka.bootstrapServers());
      progress.accept("starting Druid (coordinator, broker, historical, indexer, router) ...");
      EmbeddedDruid druid = EmbeddedDruid.start(druidPorts, workDir.resolve("druid"), progress);
      return new LocalStack(workDir, kafka, druid);
    } catch (Exception | Error e) {
      try (AutoCloseable started = kafka) {
        WorkFolders.delete(workDir);
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Kafka's address, e.g. {@code localhost:40123}. */
  public String kafkaBootstrap() {
    return kafka.bootstrapServers();
  }

  public EmbeddedDruid druid() {
    return druid;
  }

  public Path workDir() {
    return workDir;
  }

  /** Stops Druid first (its ingestion tasks read Kafka), then Kafka; deletes the work folder. */
  @Override
  public void close() throws Exception {
    try (kafka) {
      druid.close();
    } finally {
      WorkFolders.delete(workDir);
    }
  }
}
