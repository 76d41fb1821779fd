package io.callsight.ingest.asterisk;

import static io.callsight.schemas.AgentEventType.LOGIN;
import static io.callsight.schemas.AgentEventType.LOGOUT;
import static io.callsight.schemas.AgentEventType.NOT_READY;
import static io.callsight.schemas.AgentEventType.READY;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentEventType;
import java.util.List;

/**
 * Maps agent log-ins, log-offs, queue membership and pauses to canonical agent events. Agent-module
 * log-ins and PAUSEALL/UNPAUSEALL apply to every queue (queue null); ADDMEMBER, REMOVEMEMBER, PAUSE
 * and UNPAUSE name their queue.
 */
final class AgentEventMapping {
  private static final String ADDED_PAUSED = "PAUSED";

  private AgentEventMapping() {}

  static List<AgentEvent> map(
      QueueLogEvent event, QueueLogLine line, String eventId, long eventTime) {
    Seed seed = new Seed(eventId, line.agentId(), eventTime);
    return switch (event) {
      case AGENTLOGIN, AGENTCALLBACKLOGIN -> List.of(seed.event(LOGIN, null, null));
      case AGENTLOGOFF -> List.of(seed.event(LOGOUT, null, null));
      // exten@context|logintime|reason: the reason is e.g. Autologoff or CommandLogoff.
      case AGENTCALLBACKLOGOFF -> List.of(seed.event(LOGOUT, null, line.data(3)));
      case ADDMEMBER -> addMember(seed, line);
      case REMOVEMEMBER -> List.of(seed.event(LOGOUT, line.queue(), null));
      case PAUSE -> List.of(seed.event(NOT_READY, line.queue(), line.data(1)));
      case UNPAUSE -> List.of(seed.event(READY, line.queue(), line.data(1)));
      case PAUSEALL -> List.of(seed.event(NOT_READY, null, line.data(1)));
      case UNPAUSEALL -> List.of(seed.event(READY, null, line.data(1)));
      default -> throw new IllegalStateException(event + " is not an agent event");
    };
  }

  /** A member added paused (Asterisk 11+ writes {@code PAUSED}) is logged in but not ready. */
  private static List<AgentEvent> addMember(Seed seed, QueueLogLine line) {
    AgentEvent login = seed.event(LOGIN, line.queue(), null);
    if (!ADDED_PAUSED.equals(line.data(1))) {
      return List.of(login);
    }
    Seed paused = new Seed(seed.eventId() + "-paused", seed.agentId(), seed.eventTime());
    return List.of(login, paused.event(NOT_READY, line.queue(), null));
  }

  private record Seed(String eventId, String agentId, long eventTime) {
    AgentEvent event(AgentEventType type, String queue, String reason) {
      return new AgentEvent(
          eventId, agentId, eventTime, type, queue, reason, QueueLogParser.SOURCE);
    }
  }
}
