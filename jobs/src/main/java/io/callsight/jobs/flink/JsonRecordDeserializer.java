package io.callsight.jobs.flink;

import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.InvalidRecordException;
import io.callsight.schemas.Json;
import io.callsight.schemas.Topic;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Decodes a topic's JSON records; a record that is not valid becomes a dead letter carrying the
 * original bytes and their topic, partition and offset.
 */
public final class JsonRecordDeserializer<T>
    implements KafkaRecordDeserializationSchema<Decoded<T>> {
  private final Topic topic;
  private final Class<T> type;
  private final String source;

  public JsonRecordDeserializer(Topic topic, Class<T> type, String source) {
    this.topic = topic;
    this.type = type;
    this.source = source;
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Decoded<T>> out) {
    try {
      out.collect(Decoded.of(Json.fromBytes(record.value(), type)));
    } catch (InvalidRecordException e) {
      out.collect(
          Decoded.failed(
              new DeadLetter(
                  source,
                  e.reason(),
                  e.getMessage(),
                  payloadText(record.value()),
                  record.topic(),
                  record.partition(),
                  record.offset(),
                  null,
                  System.currentTimeMillis())));
    }
  }

  /** The payload as text when it is UTF-8, else base64 so no byte is lost. */
  static String payloadText(byte[] bytes) {
    if (bytes == null) {
      return "";
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    try {
      return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return "base64:" + Base64.getEncoder().encodeToString(bytes);
    }
  }

  @Override
  public TypeInformation<Decoded<T>> getProducedType() {
    return decodedType(type);
  }

  /** The Flink type of decoded records of {@code type}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T> TypeInformation<Decoded<T>> decodedType(Class<T> type) {
    return (TypeInformation)
        Types.POJO(
            Decoded.class,
            Map.of(
                "value", TypeInformation.of(type),
                "deadLetter", TypeInformation.of(DeadLetter.class)));
  }

  public Topic topic() {
    return topic;
  }
}
