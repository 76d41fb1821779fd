package io.callsight.schemas;

/** Field checks shared by the record constructors, so a bad record fails where it is made. */
final class Records {
  private Records() {}

  static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }

  /** Epoch 0 is what a missing JSON number becomes, never a real switch time. */
  static void requireEpochMillis(long value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(
          field + " is required (a positive epoch-millisecond time), was " + value);
    }
  }

  static void requireNonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
  }

  static void requireNonNegative(Number value, String field) {
    if (value != null && value.doubleValue() < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
  }

  static void requireFraction(Double value, String field) {
    if (value != null && !(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + " must be within 0..1, was " + value);
    }
  }

  /** A span of a recording: starts at or after 0 and ends no earlier than it starts. */
  static void requireSpan(long startMs, long endMs, String what) {
    requireSpan(startMs, endMs, what, null);
  }

  /**
   * A span of one {@code what} named {@code which}, e.g. a word: the name joins the message only
   * when the check fails: a ten-minute transcript checks some 1,500 words each time it is read.
   */
  static void requireSpan(long startMs, long endMs, String what, String which) {
    if (startMs < 0 || endMs < startMs) {
      throw new IllegalArgumentException(
          (which == null ? what : what + " " + which)
              + " must span 0 <= startMs <= endMs, was "
              + startMs
              + ".."
              + endMs);
    }
  }
}
