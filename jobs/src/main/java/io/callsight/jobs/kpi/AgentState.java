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

  /** Moves the state on by one input. */
  public void apply(AgentInput in) {
    switch (in.kind) {
      case LOGIN -> {
        if (presence == AgentActivity.LOGGED_OUT) {
          presence = AgentActivity.READY;
        }
        if (in.queue != null) {
          queues.add(in.queue);
        }
      }
      case LOGOUT -> {
        if (in.queue != null) {
          queues.remove(in.queue);
        }
        if (in.queue == null || queues.isEmpty()) {
          presence = AgentActivity.LOGGED_OUT;
          queues.clear();
        }
      }
      case READY, NOT_READY -> {
        if (presence != AgentActivity.LOGGED_OUT) {
          presence =
              in.kind == AgentInputKind.READY ? AgentActivity.READY : AgentActivity.NOT_READY;
        }
      }
      case ANSWERED -> {
        work = AgentActivity.ON_CALL;
        activeCallId = in.callId;
        if (in.queue != null) {
          // Answering a queue's call shows the agent serves it, even if the log-in did not say.
          queues.add(in.queue);
        }
      }
      case HOLD_START -> {
        if (work == AgentActivity.ON_CALL) {
          work = AgentActivity.ON_HOLD;
        }
      }
      case HOLD_END -> {
        if (work == AgentActivity.ON_HOLD) {
          work = AgentActivity.ON_CALL;
        }
      }
      case TALK_ENDED -> {
        work = null;
        activeCallId = null;
      }
      case WRAPUP_STARTED -> {
        if (work == null) {
          work = AgentActivity.AFTER_CALL_WORK;
          activeCallId = in.callId;
        }
      }
      case WRAPUP_ENDED -> {
        if (work == AgentActivity.AFTER_CALL_WORK) {
          work = null;
          activeCallId = null;
        }
      }
      case LOST -> {
        if (in.callId != null && in.callId.equals(activeCallId)) {
          work = null;
          activeCallId = null;
        }
      }
      case RING_NO_ANSWER -> {}
    }
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
