package io.callsight.testkit;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes one agent's presence events for tests, with times as seconds after {@code start}. */
public final class AgentScript {
  private final String agentId;
  private final long start;
  private final List<AgentEvent> events = new ArrayList<>();

  private AgentScript(String agentId, long start) {
    this.agentId = agentId;
    this.start = start;
  }

  public static AgentScript agent(String agentId, Instant start) {
    return new AgentScript(agentId, start.toEpochMilli());
  }

  public AgentScript login(double atSecond, String queue) {
    return add(AgentEventType.LOGIN, atSecond, queue, null);
  }

  public AgentScript logout(double atSecond) {
    return add(AgentEventType.LOGOUT, atSecond, null, null);
  }

  public AgentScript ready(double atSecond) {
    return add(AgentEventType.READY, atSecond, null, null);
  }

  public AgentScript notReady(double atSecond, String reason) {
    return add(AgentEventType.NOT_READY, atSecond, null, reason);
  }

  public List<AgentEvent> events() {
    return List.copyOf(events);
  }

  private AgentScript add(AgentEventType type, double atSecond, String queue, String reason) {
    events.add(
        new AgentEvent(
            agentId + "@" + events.size(),
            agentId,
            start + Math.round(atSecond * 1000),
            type,
            queue,
            reason,
            "test"));
    return this;
  }
}
