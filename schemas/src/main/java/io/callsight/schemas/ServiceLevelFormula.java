package io.callsight.schemas;

/**
 * The service-level formulas contact centres use; T is the queue's threshold. Short abandons never
 * count. The default is DESIGN.md's: answered within T over answered plus abandoned after T.
 */
public enum ServiceLevelFormula {
  ANSWERED_WITHIN_T_OVER_ANSWERED_AND_ABANDONED_AFTER_T,
  ANSWERED_WITHIN_T_OVER_OFFERED,
  ANSWERED_WITHIN_T_OVER_ANSWERED,
  ANSWERED_WITHIN_T_OVER_ANSWERED_AND_ABANDONED,
  ANSWERED_AND_ABANDONED_WITHIN_T_OVER_ANSWERED_AND_ABANDONED;

  public static final ServiceLevelFormula DEFAULT =
      ANSWERED_WITHIN_T_OVER_ANSWERED_AND_ABANDONED_AFTER_T;

  /**
   * The service level for these counts, or null when the denominator is zero (no call decided it).
   *
   * @param abandoned abandons not counting short ones
   * @param abandonedWithinT of those, the ones that hung up within T
   */
  public Double apply(
      long offered, long answered, long answeredWithinT, long abandoned, long abandonedWithinT) {
    long numerator = answeredWithinT;
    long denominator;
    switch (this) {
      case ANSWERED_WITHIN_T_OVER_ANSWERED_AND_ABANDONED_AFTER_T ->
          denominator = answered + (abandoned - abandonedWithinT);
      case ANSWERED_WITHIN_T_OVER_OFFERED -> denominator = offered;
      case ANSWERED_WITHIN_T_OVER_ANSWERED -> denominator = answered;
      case ANSWERED_WITHIN_T_OVER_ANSWERED_AND_ABANDONED -> denominator = answered + abandoned;
      case ANSWERED_AND_ABANDONED_WITHIN_T_OVER_ANSWERED_AND_ABANDONED -> {
        numerator = answeredWithinT + abandonedWithinT;
        denominator = answered + abandoned;
      }
      default -> throw new IllegalStateException("unhandled formula " + this);
    }
    if (denominator <= 0) {
      return null;
    }
    return Math.min(1.0, (double) numerator / denominator);
  }
}
