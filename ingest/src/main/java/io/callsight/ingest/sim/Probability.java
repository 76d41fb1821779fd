package io.callsight.ingest.sim;

/** The check every probability in the configuration shares. */
final class Probability {
  private Probability() {}

  static double require(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be within 0..1, was " + value);
    }
    return value;
  }
}
