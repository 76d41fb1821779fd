package io.callsight.jobs.kpi;

import io.callsight.schemas.AgentEventType;

/** What an agent is doing, as a wall-board counts agents: the effective state. */
public enum AgentActivity {
  LOGGED_OUT,
  READY,
  NOT_READY,
  ON_CALL,
  ON_HOLD,
  AFTER_CALL_WORK;

  /** Whether the agent is working a call (talk, hold or after-call work). */
  public boolean handling() {
    return this == ON_CALL || this == ON_HOLD || this == AFTER_CALL_WORK;
  }

  static AgentActivity presence(AgentEventType type) {
    return type == AgentEventType.NOT_READY ? NOT_READY : READY;
  }
}
