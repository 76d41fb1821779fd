package io.callsight.jobs.kpi;

/** What a call fact tells the queue and agent books. */
public enum FactKind {
  /** The call entered the queue. */
  OFFERED,
  RING_NO_ANSWER,
  ANSWERED,
  ABANDONED,
  TIMED_OUT,
  EXITED_WITH_KEY,
  EXITED_EMPTY,
  WITHDRAWN,
  HOLD_STARTED,
  HOLD_ENDED,
  /** Talk ended (or the call was transferred away): the call was handled. */
  HANDLED,
  /** After-call work ended. */
  WRAPPED_UP,
  /** The call was dropped from tracking because it never finished. */
  LOST,
  /** The offer at this time was from a caller who called within the repeat window before. */
  REPEAT_CALL;

  /** Whether the call stopped waiting in the queue with this fact. */
  public boolean leavesQueue() {
    return this == ANSWERED
        || this == ABANDONED
        || this == TIMED_OUT
        || this == EXITED_WITH_KEY
        || this == EXITED_EMPTY
        || this == WITHDRAWN
        || this == LOST;
  }
}
