package io.callsight.jobs.flink;

import io.callsight.schemas.Json;
import io.callsight.schemas.Topic;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes records to their topic as JSON, keyed so one queue's or agent's rows stay in order. */
public final class JsonRecordSerializer<T> implements KafkaRecordSerializationSchema<T> {
  private final String topic;
  private final KafkaIo.KeyOf<T> key;

  public JsonRecordSerializer(Topic topic, KafkaIo.KeyOf<T> key) {
    this.topic = topic.topicName();
    this.key = key;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      T record, KafkaSinkContext context, Long timestamp) {
    String k = key.apply(record);
    return new ProducerRecord<>(
        topic,
        null,
        timestamp,
        k == null ? null : k.getBytes(StandardCharsets.UTF_8),
        Json.toBytes(record));
  }
}
