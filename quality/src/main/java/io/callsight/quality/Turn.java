package io.callsight.quality;

import java.util.Objects;

/** One stretch of speech by one party, with its times from the start of the call. */
public record Turn(Speaker speaker, long startMs, long endMs, String text) {
  public Turn {
    Objects.requireNonNull(speaker, "speaker is required");
    Objects.requireNonNull(text, "text is required");
    if (startMs < 0 || endMs < startMs) {
      throw new IllegalArgumentException(
          "turn times must satisfy 0 <= startMs <= endMs, got " + startMs + ".." + endMs);
    }
  }
}
