package io.callsight.ingest.sim;

/**
 * An action due at a simulated time. Each party of the simulation owns its few timers and
 * re-schedules them, so running the simulation allocates no timer per step.
 */
final class Timer {
  final Runnable action;
  long at;
  int index = -1;

  Timer(Runnable action) {
    this.action = action;
  }

  boolean isPending() {
    return index >= 0;
  }
}
