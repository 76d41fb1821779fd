package io.callsight.schemas;

import java.util.List;
import java.util.Objects;

/**
 * One turn of a scored call on {@code transcript-turns}, keyed by callId: what a reviewer reads in
 * the QA review, with personal data already redacted and the turn's sentiment.
 */
public record RedactedTurn(
    String callId,
    int turnIndex,
    long eventTime,
    Speaker speaker,
    long startMs,
    long endMs,
    String text,
    double sentiment,
    String sentimentLabel,
    List<String> redacted,
    String agentId,
    String queue,
    String language) {

  public RedactedTurn {
    Records.requireText(callId, "callId");
    Records.requireNonNegative(turnIndex, "turnIndex");
    Records.requireEpochMillis(eventTime, "eventTime");
    Objects.requireNonNull(speaker, "speaker is required");
    Records.requireSpan(startMs, endMs, "turn");
    Objects.requireNonNull(text, "text is required");
    Records.requireText(sentimentLabel, "sentimentLabel");
    Records.requireText(language, "language");
    redacted = List.copyOf(Objects.requireNonNull(redacted, "redacted is required"));
  }
}
