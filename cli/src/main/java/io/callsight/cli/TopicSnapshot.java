package io.callsight.cli;

import io.callsight.schemas.InvalidRecordException;
import io.callsight.schemas.Json;
import io.callsight.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A topic's committed records as they stand now, read once from the beginning to the end offsets of
 * the moment the read starts: a bounded replay that ends even while writers go on.
 */
final class TopicSnapshot {
  private TopicSnapshot() {}

  /** What was read: the records, and how many could not be read as the topic's type. */
  record Read<T>(List<T> records, int unreadable) {}

  static <T> Read<T> read(String bootstrap, Topic topic, Class<T> type) {
    Map<String, Object> props =
        Map.of(
            "bootstrap.servers", bootstrap,
            "isolation.level", "read_committed",
            "enable.auto.commit", "false");
    List<T> records = new ArrayList<>();
    int unreadable = 0;
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic.topicName(), Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          try {
            records.add(Json.fromBytes(r.value(), type));
          } catch (InvalidRecordException e) {
            unreadable++;
          }
        }
      }
    }
    return new Read<>(records, unreadable);
  }
}
