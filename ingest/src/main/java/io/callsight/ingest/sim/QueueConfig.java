package io.callsight.ingest.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * One queue of the simulated centre: how many calls arrive, when in the day, how patient its
 * callers are and how its calls are handled.
 *
 * @param arrivalsPerHour calls per hour when the daily curve's multiplier is 1
 * @param serviceLevelThreshold answered within this counts towards the service level
 */
public record QueueConfig(
    String name,
    double arrivalsPerHour,
    DailyCurve curve,
    Duration serviceLevelThreshold,
    CallerPatience patience,
    CallHandling handling) {

  public QueueConfig {
    Names.require(name, "queue name");
    if (!(arrivalsPerHour >= 0) || Double.isInfinite(arrivalsPerHour)) {
      throw new IllegalArgumentException(
          "queue " + name + ": arrivalsPerHour must not be negative, was " + arrivalsPerHour);
    }
    Objects.requireNonNull(curve, () -> "queue " + name + ": curve is required");
    Objects.requireNonNull(patience, () -> "queue " + name + ": patience is required");
    Objects.requireNonNull(handling, () -> "queue " + name + ": handling is required");
    if (serviceLevelThreshold == null
        || serviceLevelThreshold.isNegative()
        || serviceLevelThreshold.isZero()) {
      throw new IllegalArgumentException(
          "queue "
              + name
              + ": serviceLevelThreshold must be positive, was "
              + serviceLevelThreshold);
    }
  }

  /** A queue with the default curve, a 20 s service-level threshold and default behaviour. */
  public static QueueConfig named(String name, double arrivalsPerHour) {
    return new QueueConfig(
        name,
        arrivalsPerHour,
        DailyCurve.CONTACT_CENTRE,
        Duration.ofSeconds(20),
        CallerPatience.DEFAULT,
        CallHandling.DEFAULT);
  }

  public QueueConfig withArrivalsPerHour(double value) {
    return new QueueConfig(name, value, curve, serviceLevelThreshold, patience, handling);
  }

  public QueueConfig withServiceLevelThreshold(Duration value) {
    return new QueueConfig(name, arrivalsPerHour, curve, value, patience, handling);
  }

  public QueueConfig withPatience(CallerPatience value) {
    return new QueueConfig(name, arrivalsPerHour, curve, serviceLevelThreshold, value, handling);
  }

  public QueueConfig withHandling(CallHandling value) {
    return new QueueConfig(name, arrivalsPerHour, curve, serviceLevelThreshold, patience, value);
  }
}
