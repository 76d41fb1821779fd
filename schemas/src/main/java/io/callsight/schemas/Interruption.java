package io.callsight.schemas;

import java.util.Objects;

/**
 * One party starting to talk while the other was talking and holding on past the overlap threshold:
 * who interrupted whom, when, and for how long both talked.
 */
public record Interruption(Speaker interrupter, Speaker interrupted, long atMs, long overlapMs) {

  public Interruption {
    Objects.requireNonNull(interrupter, "interrupter is required");
    Objects.requireNonNull(interrupted, "interrupted is required");
    if (interrupter == interrupted) {
      throw new IllegalArgumentException("a party cannot interrupt itself");
    }
    Records.requireNonNegative(atMs, "atMs");
    Records.requireNonNegative(overlapMs, "overlapMs");
  }
}
