package io.callsight.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.common.KafkaTopics;
import io.callsight.schemas.Topic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {
  @Test
  void brokerAcceptsTopicsAndCarriesRecords(@TempDir Path dir) throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
      KafkaTopics.ensure(
          kafka.bootstrapServers(), List.of(Topic.values()), 2, Duration.ofSeconds(30));
      // A second call finds them all there and does nothing.
      KafkaTopics.ensure(
          kafka.bootstrapServers(), List.of(Topic.values()), 2, Duration.ofSeconds(30));
      Map<String, Object> common = Map.of("bootstrap.servers", kafka.bootstrapServers());
      try (var producer =
          new KafkaProducer<>(common, new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>(Topic.CALL_EVENTS.topicName(), "k", "电话")).get();
      }
      Map<String, Object> consumerProps =
          Map.of(
              "bootstrap.servers", kafka.bootstrapServers(),
              "group.id", "t",
              "auto.offset.reset", "earliest");
      try (var consumer =
          new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
        consumer.subscribe(List.of(Topic.CALL_EVENTS.topicName()));
        ConsumerRecords<String, String> records = ConsumerRecords.empty();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (records.isEmpty() && System.nanoTime() < deadline) {
          records = consumer.poll(Duration.ofMillis(200));
        }
        assertThat(records.iterator().next().value())
            .isEqualTo(new String("电话".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
      }
    }
  }
}
