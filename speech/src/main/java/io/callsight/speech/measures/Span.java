package io.callsight.speech.measures;

/** A stretch of a recording, {@code [startMs, endMs)}. */
public record Span(long startMs, long endMs) {

  public Span {
    if (startMs < 0 || endMs < startMs) {
      throw new IllegalArgumentException("a span needs 0 <= start <= end, was " + this);
    }
  }

  public long lengthMs() {
    return endMs - startMs;
  }

  /** How long this span and the other overlap (0 when they do not). */
  public long overlapMs(Span other) {
    return Math.max(0, Math.min(endMs, other.endMs) - Math.max(startMs, other.startMs));
  }

  @Override
  public String toString() {
    return startMs + ".." + endMs + " ms";
  }
}
