package io.callsight.testkit;

import io.callsight.schemas.Json;
import io.callsight.schemas.Topic;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records to topics in tests, as the project's producers do: a string key and the record's
 * JSON. A failed send fails the test at the next flush or close, rather than as a read that times
 * out.
 */
public final class KafkaWriter implements AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;
  private final AtomicReference<Exception> failure = new AtomicReference<>();

  public KafkaWriter(String bootstrapServers) {
    producer =
        new KafkaProducer<>(
            // One request in flight: a test writes to topics just created, where a refused first
            // request overtaken by a second is lost for good (KAFKA-15591).
            Map.<String, Object>of(
                "bootstrap.servers", bootstrapServers, "max.in.flight.requests.per.connection", 1),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  /** Sends the record as JSON. */
  public void send(Topic topic, String key, Object record) {
    sendBytes(topic, key, Json.toBytes(record));
  }

  /** Sends the bytes as they are, e.g. a record that is not JSON, for the dead letters. */
  public void sendBytes(Topic topic, String key, byte[] value) {
    producer.send(
        new ProducerRecord<>(topic.topicName(), key, value),
        (metadata, e) -> {
          if (e != null) {
            failure.compareAndSet(null, e);
          }
        });
  }

  /** Waits until everything sent so far is written. */
  public void flush() {
    producer.flush();
    if (failure.get() != null) {
      throw new AssertionError("a record could not be written to Kafka", failure.get());
    }
  }

  @Override
  public void close() {
    try {
      flush();
    } finally {
      producer.close();
    }
  }
}
