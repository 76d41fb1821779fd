package io.callsight.jobs.kpi;

/**
 * Erlang C staffing: how many agents a queue needs now to answer the target share of calls within
 * T, given the arrival rate and the average handle time.
 */
public final class ErlangC {
  /** More agents than this per queue is a configuration error, not a staffing answer. */
  private static final int MAX_AGENTS = 100_000;

  private ErlangC() {}

  /**
   * The probability that a call has to wait with {@code agents} agents and {@code erlangs} load.
   */
  public static double probabilityOfWaiting(int agents, double erlangs) {
    if (agents <= erlangs) {
      return 1.0;
    }
    // Erlang B by its stable recursion, then C from B.
    double b = 1.0;
    for (int n = 1; n <= agents; n++) {
      b = erlangs * b / (n + erlangs * b);
    }
    return agents * b / (agents - erlangs * (1 - b));
  }

  /** The share of calls answered within {@code thresholdSeconds}. */
  public static double serviceLevel(
      int agents, double arrivalsPerSecond, double ahtSeconds, double thresholdSeconds) {
    double erlangs = arrivalsPerSecond * ahtSeconds;
    if (agents <= erlangs) {
      return 0.0;
    }
    double c = probabilityOfWaiting(agents, erlangs);
    return 1 - c * Math.exp(-(agents - erlangs) * thresholdSeconds / ahtSeconds);
  }

  /**
   * The fewest agents that reach the target service level, or 0 when no calls arrive.
   *
   * @throws IllegalArgumentException when the load needs more agents than any centre has
   */
  public static int agentsNeeded(
      double arrivalsPerSecond, double ahtSeconds, double thresholdSeconds, double target) {
    if (arrivalsPerSecond <= 0 || ahtSeconds <= 0) {
      return 0;
    }
    double erlangs = arrivalsPerSecond * ahtSeconds;
    for (int n = Math.max(1, (int) Math.floor(erlangs) + 1); n <= MAX_AGENTS; n++) {
      if (serviceLevel(n, arrivalsPerSecond, ahtSeconds, thresholdSeconds) >= target) {
        return n;
      }
    }
    throw new IllegalArgumentException(
        "a load of " + erlangs + " Erlangs needs more than " + MAX_AGENTS + " agents");
  }
}
