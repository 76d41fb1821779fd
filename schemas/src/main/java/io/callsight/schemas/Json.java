package io.callsight.schemas;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/** The one JSON serde for every topic: records to bytes and back, with clear errors. */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          // Tolerant reader: a newer producer may add fields.
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
          .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false);

  /** Readers bound to their record type: the root deserializer is looked up once, not per call. */
  private static final ClassValue<ObjectReader> READERS =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
          return MAPPER.readerFor(type);
        }
      };

  private Json() {}

  /** The shared mapper, for callers that need trees. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] toBytes(Object record) {
    try {
      return MAPPER.writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + record.getClass().getSimpleName(), e);
    }
  }

  public static String toJson(Object record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + record.getClass().getSimpleName(), e);
    }
  }

  /** Reads one record; a payload that is not JSON, or not a valid record, says why. */
  public static <T> T fromBytes(byte[] payload, Class<T> type) throws InvalidRecordException {
    if (payload == null || payload.length == 0) {
      throw new InvalidRecordException(DeadLetterReason.MALFORMED, "empty payload", null);
    }
    try {
      return READERS.get(type).readValue(payload);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new InvalidRecordException(
          DeadLetterReason.INVALID,
          "not a valid " + type.getSimpleName() + ": " + cause.getMessage(),
          e);
    } catch (InvalidFormatException e) {
      throw new InvalidRecordException(
          DeadLetterReason.INVALID,
          "not a valid "
              + type.getSimpleName()
              + ": "
              + path(e)
              + " has the value "
              + e.getValue()
              + firstLine(e.getOriginalMessage()).replaceFirst("^[^:]*", ""),
          e);
    } catch (MismatchedInputException e) {
      String problem = firstLine(e.getOriginalMessage());
      // A missing number reaches the record constructor as null for a primitive.
      String detail = problem.startsWith("Cannot map `null`") ? " is required" : ": " + problem;
      throw new InvalidRecordException(
          DeadLetterReason.INVALID,
          "not a valid " + type.getSimpleName() + ": " + path(e) + detail,
          e);
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException(
          DeadLetterReason.MALFORMED, "not JSON: " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String path(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."));
    return path.isEmpty() ? "(root)" : path;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
