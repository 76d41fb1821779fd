package io.callsight.ingest.sim;

import java.time.Duration;

/**
 * A break every agent takes on every shift: not ready with {@code reason}, due when {@code
 * atShiftFraction} of the shift has passed (an agent on a call takes it after wrap-up).
 */
public record BreakPlan(String reason, double atShiftFraction, Duration length) {

  public BreakPlan {
    Names.require(reason, "break reason");
    if (!(atShiftFraction > 0 && atShiftFraction < 1)) {
      throw new IllegalArgumentException(
          "break " + reason + ": atShiftFraction must be within (0, 1), was " + atShiftFraction);
    }
    if (length == null || length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException(
          "break " + reason + ": length must be positive, was " + length);
    }
  }
}
