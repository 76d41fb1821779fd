package io.callsight.schemas;

import java.util.Objects;

/**
 * A finished call recording on {@code recordings}, keyed by callId: where the file is, how it is
 * encoded and which channel carries which party. {@code recordingId} is stable for one file, so a
 * consumer can drop a repeated announcement.
 */
public record Recording(
    String recordingId,
    String callId,
    String uri,
    AudioCodec codec,
    int sampleRate,
    int channels,
    ChannelLayout layout,
    long durationMs,
    long sizeBytes,
    long eventTime,
    String queue,
    String agentId,
    String source) {

  public Recording {
    Records.requireText(recordingId, "recordingId");
    Records.requireText(callId, "callId");
    Records.requireText(uri, "uri");
    Objects.requireNonNull(codec, "codec is required");
    Objects.requireNonNull(layout, "layout is required");
    if (sampleRate < 1) {
      throw new IllegalArgumentException("sampleRate must be positive, was " + sampleRate);
    }
    if (channels < 1 || channels > 2) {
      throw new IllegalArgumentException("channels must be 1 or 2, was " + channels);
    }
    // A stereo file may still be treated as mono (both parties mixed in each channel).
    if (channels == 1 && layout != ChannelLayout.MONO) {
      throw new IllegalArgumentException(
          "layout " + layout.json() + " does not fit a recording with " + channels + " channels");
    }
    Records.requireNonNegative(durationMs, "durationMs");
    Records.requireNonNegative(sizeBytes, "sizeBytes");
    Records.requireEpochMillis(eventTime, "eventTime");
    Records.requireText(source, "source");
  }
}
