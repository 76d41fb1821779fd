package io.callsight.ingest.sim;

import io.callsight.schemas.AgentEventType;
import java.util.List;

/**
 * One presence change of a simulated agent. Every change applies to all the agent's queues.
 *
 * @param sessionId the switch's id of the agent's log-in session (events of one shift share it)
 * @param number the event's ordinal within the session, for event ids
 * @param time event time in epoch milliseconds
 * @param queues the queues the agent serves
 * @param reason why the agent is not ready ({@code NOT_READY} only)
 * @param loggedInMs how long the session lasted ({@code LOGOUT} only, otherwise -1)
 */
public record SimulatedAgentEvent(
    String sessionId,
    int number,
    long time,
    AgentEventType type,
    String agentId,
    List<String> queues,
    String reason,
    long loggedInMs) {}
