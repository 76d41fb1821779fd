package io.callsight.jobs.kpi;

/** Where a tracked call is in its life. */
public enum CallPhase {
  WAITING,
  TALKING,
  HELD,
  /** Talk ended; after-call work may still be reported. */
  WRAP_UP,
  DONE;

  /** Whether the call is finished as far as the queue and the agent are concerned. */
  public boolean finished() {
    return this == WRAP_UP || this == DONE;
  }
}
