package io.callsight.jobs.kpi;

/** Everything that moves an agent's timeline, from agent events and from call facts. */
public enum AgentInputKind {
  LOGIN,
  LOGOUT,
  READY,
  NOT_READY,
  RING_NO_ANSWER,
  ANSWERED,
  HOLD_START,
  HOLD_END,
  TALK_ENDED,
  /** Derived: after-call work began (the wrap-up end reported its duration). */
  WRAPUP_STARTED,
  WRAPUP_ENDED,
  /** The agent's active call was given up by the call tracker. */
  LOST
}
