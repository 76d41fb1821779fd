package io.callsight.schemas;

/** Agent presence changes that the switch reports; on-call and wrap-up states come from calls. */
public enum AgentEventType {
  /** Logged in (to one queue, or to all when the queue is null). */
  LOGIN,
  LOGOUT,
  /** Available for calls again. */
  READY,
  /** Paused, with a reason when the switch gives one. */
  NOT_READY
}
