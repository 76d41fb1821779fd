package io.callsight.schemas;

import java.util.Objects;

/**
 * One agent presence event on {@code agent-events}. A null queue means the change applies to every
 * queue the agent serves.
 */
public record AgentEvent(
    String eventId,
    String agentId,
    long eventTime,
    AgentEventType type,
    String queue,
    String reason,
    String source) {

  public AgentEvent {
    Records.requireText(eventId, "eventId");
    Records.requireText(agentId, "agentId");
    Objects.requireNonNull(type, "type is required");
    Records.requireEpochMillis(eventTime, "eventTime");
    Records.requireText(source, "source");
  }
}
