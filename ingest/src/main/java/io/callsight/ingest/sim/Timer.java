package io.callsight.ingest.sim;

/**
 * An action due at a simulated time. Each party of the simulation owns its few timers and
 * re-schedules them, so running the simulation allocates no timer per step.
 */
final class Timer {
  final Runnable action;
  long at;
  // Bumped on every schedule and cancel: agenda entries of older generations are stale.
  int generation;
  boolean pending;

  Timer(Runnable action) {
    this.action = action;
  }
}
