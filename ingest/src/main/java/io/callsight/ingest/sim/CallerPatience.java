package io.callsight.ingest.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * How long callers wait before giving up, and how they leave: most hang up (abandon), a share press
 * the queue's exit key, and all are timed out when the queue has a maximum wait.
 *
 * @param patience how long a caller is willing to wait
 * @param keyExitShare of the callers whose patience runs out, the share who leave by key press
 * @param maxWait the queue's maximum wait, after which the switch times the call out; null for none
 */
public record CallerPatience(Spread patience, double keyExitShare, Duration maxWait) {
  /** Callers who wait about two minutes on average, a few leaving by key; no maximum wait. */
  public static final CallerPatience DEFAULT =
      new CallerPatience(Spread.ofSeconds(120, 1.0), 0.05, null);

  public CallerPatience {
    Objects.requireNonNull(patience, "patience is required");
    Probability.require(keyExitShare, "keyExitShare");
    if (maxWait != null && (maxWait.isNegative() || maxWait.isZero())) {
      throw new IllegalArgumentException("maxWait must be positive when given, was " + maxWait);
    }
  }

  public CallerPatience withMaxWait(Duration maxWait) {
    return new CallerPatience(patience, keyExitShare, maxWait);
  }
}
