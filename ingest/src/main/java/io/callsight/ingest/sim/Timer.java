package io.callsight.ingest.sim;

/**
 * An action due at a simulated time. Each party of the simulation owns its few timers and
 * re-schedules them, so running the simulation allocates no timer per step.
 */
final class Timer {
  final Runnable action;
  long at;
  long order;
  boolean pending;
  // Where the agenda keeps it: linked into a slot of the wheel, or an entry of the far heap that
  // goes stale when the generation moves on.
  boolean inWheel;
  Timer previous;
  Timer next;
  int generation;

  Timer(Runnable action) {
    this.action = action;
  }
}
