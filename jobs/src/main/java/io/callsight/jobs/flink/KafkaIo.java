package io.callsight.jobs.flink;

import io.callsight.schemas.Topic;
import java.time.Duration;
import java.util.function.Function;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The Kafka sources and sinks of CallSight's jobs: JSON records by the topic registry. */
public final class KafkaIo {
  /** Below the broker's 15-minute maximum, as an exactly-once sink requires. */
  static final Duration TRANSACTION_TIMEOUT = Duration.ofMinutes(14);

  private KafkaIo() {}

  /**
   * A source of a topic's records from the committed group offsets (earliest for a new group),
   * reading only committed records.
   */
  public static <T> KafkaSource<Decoded<T>> source(
      String bootstrapServers,
      String groupId,
      Topic topic,
      Class<T> type,
      String deadLetterSource) {
    return KafkaSource.<Decoded<T>>builder()
        .setBootstrapServers(bootstrapServers)
        .setGroupId(groupId)
        .setTopics(topic.topicName())
        .setStartingOffsets(
            OffsetsInitializer.committedOffsets(
                org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
        .setDeserializer(new JsonRecordDeserializer<>(topic, type, deadLetterSource))
        .setProperty("isolation.level", "read_committed")
        .setProperty("partition.discovery.interval.ms", "60000")
        .build();
  }

  /**
   * A topic's records, decoded; undecodable ones go to the {@link DeadLetters#TAG} side output. The
   * operators are named and identified by the topic ({@code <topic>-source}, {@code
   * decode-<topic>}): savepoints find their state by those ids.
   */
  public static <T> SingleOutputStreamOperator<T> decoded(
      StreamExecutionEnvironment env,
      String bootstrapServers,
      String groupId,
      Topic topic,
      TypeInformation<T> type,
      WatermarkStrategy<Decoded<T>> watermarks,
      String deadLetterSource) {
    String name = topic.topicName();
    return env.fromSource(
            source(bootstrapServers, groupId, topic, type.getTypeClass(), deadLetterSource),
            watermarks,
            name + " from Kafka")
        .uid(name + "-source")
        .process(new SplitDecoded<T>())
        .returns(type)
        .name("decode " + name)
        .uid("decode-" + name);
  }

  /**
   * A sink of records to a topic, keyed by {@code key}. Exactly once: transactions commit at
   * checkpoints, so readers with read_committed see records a checkpoint after they were made. At
   * least once: records are visible as soon as Kafka has them; a failover may repeat some.
   */
  public static <T> KafkaSink<T> sink(
      String bootstrapServers,
      Topic topic,
      KeyOf<T> key,
      DeliveryGuarantee guarantee,
      String transactionalIdPrefix) {
    var builder =
        KafkaSink.<T>builder()
            .setBootstrapServers(bootstrapServers)
            .setRecordSerializer(new JsonRecordSerializer<>(topic, key))
            .setDeliveryGuarantee(guarantee)
            .setProperty("compression.type", "lz4");
    if (guarantee != DeliveryGuarantee.EXACTLY_ONCE) {
      builder.setProperty("linger.ms", "1");
    } else {
      // Readers see these records only when the checkpoint commits, so lingering costs them
      // nothing and fills batches: each batch pays for a compressor of its own.
      builder
          .setProperty("linger.ms", "100")
          .setProperty("batch.size", String.valueOf(256 * 1024))
          .setTransactionalIdPrefix(transactionalIdPrefix + "-" + topic.topicName())
          .setProperty("transaction.timeout.ms", String.valueOf(TRANSACTION_TIMEOUT.toMillis()));
    }
    return builder.build();
  }

  /** The Kafka key of a record: serialisable so Flink can ship it. */
  @FunctionalInterface
  public interface KeyOf<T> extends Function<T, String>, java.io.Serializable {}
}
