package io.callsight.testkit;

import io.callsight.schemas.InvalidRecordException;
import io.callsight.schemas.Json;
import io.callsight.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a topic from the start in tests, committed records only (as Druid would read them). */
public final class KafkaReader {
  private KafkaReader() {}

  /** How long {@link #readAll} waits after the last record for one more. */
  private static final Duration QUIET = Duration.ofSeconds(2);

  /**
   * Reads records of the topic until {@code done} accepts what was read so far or the timeout
   * passes; returns what was read either way.
   */
  public static <T> List<T> read(
      String bootstrapServers, Topic topic, Predicate<List<T>> done, Duration timeout) {
    return read(bootstrapServers, topic, done, Duration.ZERO, timeout);
  }

  /** Reads until at least {@code count} records arrived. */
  public static <T> List<T> readAtLeast(
      String bootstrapServers, Topic topic, int count, Duration timeout) {
    return read(bootstrapServers, topic, l -> l.size() >= count, timeout);
  }

  /**
   * Reads until at least {@code count} records arrived and then none for two seconds, for a test
   * that asserts exactly how many there are: a record written after the first {@code count}, such
   * as a duplicate, is read too, where {@link #readAtLeast} would have stopped before it.
   */
  public static <T> List<T> readAll(
      String bootstrapServers, Topic topic, int count, Duration timeout) {
    return read(bootstrapServers, topic, l -> l.size() >= count, QUIET, timeout);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> read(
      String bootstrapServers,
      Topic topic,
      Predicate<List<T>> done,
      Duration quiet,
      Duration timeout) {
    Map<String, Object> props =
        Map.of(
            "bootstrap.servers", bootstrapServers,
            "group.id", "test-reader-" + UUID.randomUUID(),
            "auto.offset.reset", "earliest",
            "enable.auto.commit", "false",
            "isolation.level", "read_committed");
    List<T> out = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic.topicName()));
      long deadline = System.nanoTime() + timeout.toNanos();
      long lastArrival = System.nanoTime();
      while (System.nanoTime() < deadline
          && !(done.test(out) && System.nanoTime() - lastArrival >= quiet.toNanos())) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
          try {
            out.add((T) Json.fromBytes(r.value(), topic.recordType()));
          } catch (InvalidRecordException e) {
            throw new AssertionError("topic " + topic.topicName() + " holds a bad record", e);
          }
          lastArrival = System.nanoTime();
        }
      }
    }
    return out;
  }
}
