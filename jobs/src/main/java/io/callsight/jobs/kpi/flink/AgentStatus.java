package io.callsight.jobs.kpi.flink;

import io.callsight.jobs.kpi.AgentActivity;

/** An agent's new activity in one queue, from the agent book to that queue's wall-board. */
public final class AgentStatus {
  public String agentId;
  public String queue;
  public AgentActivity activity;
  public long time;

  public AgentStatus() {}

  public AgentStatus(String agentId, String queue, AgentActivity activity, long time) {
    this.agentId = agentId;
    this.queue = queue;
    this.activity = activity;
    this.time = time;
  }

  @Override
  public String toString() {
    return agentId + "@" + queue + "=" + activity;
  }
}
