package io.callsight.schemas;

import java.util.List;
import java.util.Objects;

/**
 * A call recording transcribed, on {@code transcripts}, keyed by callId: the turns of each speaker
 * with every word's time and confidence, which engine and model made them, and the conversation
 * measures. Times in turns and measures are milliseconds from the start of the recording.
 */
public record Transcript(
    String callId,
    String recordingId,
    String language,
    String engine,
    String modelId,
    ChannelLayout layout,
    long durationMs,
    long eventTime,
    long transcribedAt,
    List<TranscriptTurn> turns,
    ConversationMeasures measures) {

  public Transcript {
    Records.requireText(callId, "callId");
    Records.requireText(recordingId, "recordingId");
    Records.requireText(language, "language");
    Records.requireText(engine, "engine");
    Records.requireText(modelId, "modelId");
    Objects.requireNonNull(layout, "layout is required");
    Records.requireNonNegative(durationMs, "durationMs");
    Records.requireEpochMillis(eventTime, "eventTime");
    Records.requireEpochMillis(transcribedAt, "transcribedAt");
    turns = List.copyOf(Objects.requireNonNull(turns, "turns are required"));
    Objects.requireNonNull(measures, "measures are required");
  }
}
