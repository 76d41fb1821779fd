package io.callsight.jobs.kpi;

import java.util.TreeSet;

/**
 * An agent's state at one instant: presence (logged out, ready, paused), what they do with a call
 * (nothing, talk, hold, after-call work), and the queues they serve.
 */
public final class AgentState {
  /** LOGGED_OUT, READY or NOT_READY. */
  public AgentActivity presence = AgentActivity.LOGGED_OUT;

  /** null, ON_CALL, ON_HOLD or AFTER_CALL_WORK. */
  public AgentActivity work;

  public String activeCallId;
  public TreeSet<String> queues = new TreeSet<>();

  public AgentState() {}

  public AgentState copy() {
    AgentState c = new AgentState();
    c.presence = presence;
    c.work = work;
    c.activeCallId = activeCallId;
    c.queues = new TreeSet<>(queues);
    return c;
  }

  /** What a wall-board shows: work wins over presence. */
  public AgentActivity effective() {
    return work != null ? work : presence;
  }

  /** Logged in, or still working a call after logging out. */
  public boolean staffed() {
    return presence != AgentActivity.LOGGED_OUT || work != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgentState s
        && s.presence == presence
        && s.work == work
        && java.util.Objects.equals(s.activeCallId, activeCallId)
        && s.queues.equals(queues);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(presence, work, activeCallId, queues);
  }
}
