package io.callsight.schemas;

import java.util.Objects;

/**
 * A record set aside on {@code dead-letters}: the original payload, where it came from, and why.
 * Nothing is dropped silently; this is where the rest goes.
 */
public record DeadLetter(
    String source,
    DeadLetterReason reasonCode,
    String reason,
    String payload,
    String topic,
    Integer partition,
    Long offset,
    String location,
    long failedAt) {

  public DeadLetter {
    Records.requireText(source, "source");
    Objects.requireNonNull(reasonCode, "reasonCode is required");
    Records.requireText(reason, "reason");
    Objects.requireNonNull(payload, "payload is required");
  }

  /** A dead letter for a record that did not come from a Kafka topic (a file line, a socket). */
  public static DeadLetter of(
      String source, DeadLetterReason code, String reason, String payload, String location) {
    return new DeadLetter(
        source, code, reason, payload, null, null, null, location, System.currentTimeMillis());
  }
}
