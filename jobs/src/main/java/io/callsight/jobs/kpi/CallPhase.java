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

  /**
   * The phase after an event that would move the call here. A later event always moves it; an event
   * of the same instant never moves it back a stage, because switches log whole seconds and a
   * call's events of one second can arrive swapped (an answer after its own hang-up).
   */
  public CallPhase then(CallPhase next, long eventTime, long lastEventTime) {
    if (eventTime > lastEventTime || (eventTime == lastEventTime && next.stage() >= stage())) {
      return next;
    }
    return this;
  }

  private int stage() {
    return switch (this) {
      case WAITING -> 0;
      case TALKING, HELD -> 1;
      case WRAP_UP -> 2;
      case DONE -> 3;
    };
  }
}
