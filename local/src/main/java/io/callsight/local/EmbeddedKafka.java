package io.callsight.local;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker (KRaft, one combined broker and controller) running in this JVM, for the
 * local stack and the integration tests. It listens on a free localhost port.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Formats a fresh log directory under {@code dataDir} and starts the broker. */
  public static EmbeddedKafka start(Path dataDir) throws Exception {
    Files.createDirectories(dataDir);
    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .setBaseDirectory(dataDir)
            .build();
    KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(nodes)
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            // Flink's exactly-once sink keeps transactions open up to this long.
            .setConfigProp("transaction.max.timeout.ms", "900000")
            .setConfigProp("auto.create.topics.enable", "false")
            .setConfigProp("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE))
            .setDeleteOnClose(true)
            .build();
    java.io.PrintStream stdout = System.out;
    try {
      // Kafka's storage formatter prints its internals to stdout, which is the CLI's to use.
      System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      try {
        cluster.format();
      } finally {
        System.setOut(stdout);
      }
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    return new EmbeddedKafka(cluster);
  }

  /** The address clients connect to, e.g. {@code localhost:40123}. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
