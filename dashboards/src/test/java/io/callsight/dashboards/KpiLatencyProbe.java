package io.callsight.dashboards;

import io.callsight.druid.DruidClient;
import io.callsight.druid.DruidException;
import io.callsight.schemas.InvalidRecordException;
import io.callsight.schemas.Json;
import io.callsight.schemas.QueueKpi;
import io.callsight.schemas.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Measures how long a queue_kpi row takes from its commit on Kafka (when a read_committed consumer
 * first sees it) to being queryable in Druid, by watching both every 100 ms.
 */
final class KpiLatencyProbe {
  private static final Duration AFTER = Duration.ofSeconds(20);

  private final String bootstrap;
  private final DruidClient druid;

  KpiLatencyProbe(String bootstrap, DruidClient druid) {
    this.bootstrap = bootstrap;
    this.druid = druid;
  }

  /**
   * Watches while {@code traffic} runs and a while after; adds one latency per row that reached
   * Druid during the watch.
   */
  void measureWhile(Thread traffic, List<Long> latenciesMillis) {
    Map<String, Long> onKafka = new HashMap<>();
    Map<String, Long> inDruid = new HashMap<>();
    java.util.Set<String> alreadyThere = new java.util.HashSet<>();
    long druidLiveSince = Long.MAX_VALUE;
    Map<String, Object> props =
        Map.of(
            "bootstrap.servers",
            bootstrap,
            "group.id",
            "latency-probe-" + UUID.randomUUID(),
            "auto.offset.reset",
            "earliest",
            "isolation.level",
            "read_committed");
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topic.QUEUE_KPI.topicName()));
      long stopAt = Long.MAX_VALUE;
      while (System.nanoTime() < stopAt) {
        if (stopAt == Long.MAX_VALUE && !traffic.isAlive()) {
          stopAt = System.nanoTime() + AFTER.toNanos();
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
          QueueKpi row = Json.fromBytes(r.value(), QueueKpi.class);
          onKafka.putIfAbsent(
              key(row.queue(), Instant.parse(row.intervalStart()), row.revision()),
              System.nanoTime());
        }
        try {
          for (Map<String, Object> m :
              druid.sql("SELECT queue, __time AS t, revision FROM queue_kpi").rowMaps()) {
            long now = System.nanoTime();
            inDruid.putIfAbsent(
                key(m.get("queue"), m.get("t"), ((Number) m.get("revision")).intValue()), now);
          }
          if (druidLiveSince == Long.MAX_VALUE) {
            // Rows Druid had before the watch began are not measured.
            druidLiveSince = System.nanoTime();
            alreadyThere.addAll(inDruid.keySet());
          }
        } catch (DruidException e) {
          // No row ingested yet: queue_kpi is not a table until its first row.
        }
        sleep(50);
      }
    } catch (InvalidRecordException e) {
      throw new AssertionError("queue-kpi holds a bad record", e);
    }
    for (Map.Entry<String, Long> e : onKafka.entrySet()) {
      Long seen = inDruid.get(e.getKey());
      if (seen != null && !alreadyThere.contains(e.getKey())) {
        latenciesMillis.add((seen - e.getValue()) / 1_000_000L);
      }
    }
  }

  private static String key(Object queue, Object intervalStart, int revision) {
    return queue + "|" + intervalStart + "|" + revision;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
