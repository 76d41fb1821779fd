package io.callsight.ingest.ami;

import static io.callsight.ingest.ami.AmiFields.agent;
import static io.callsight.ingest.ami.AmiFields.first;
import static io.callsight.ingest.ami.AmiFields.require;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentEventType;
import io.callsight.schemas.DeadLetterReason;
import org.asteriskjava.manager.event.AgentLoginEvent;
import org.asteriskjava.manager.event.AgentLogoffEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberPausedEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;

/** Maps queue membership, pauses and agent log-ins to agent events. */
final class QueueMemberMapper {

  /** The agent events one AMI event gives; nothing for events about no queue member. */
  AmiMapping map(ManagerEvent event, long receivedAt) {
    long at = AmiFields.eventTime(event, receivedAt);
    if (event instanceof QueueMemberAddedEvent e) {
      String agentId = agent(e, e.getInterface(), e.getMemberName());
      return staffed(
          agentId, require(e, e.getQueue(), "Queue"), e.getPaused(), e.getPausedReason(), at);
    }
    if (event instanceof QueueMemberRemovedEvent e) {
      String agentId = agent(e, e.getInterface(), e.getMemberName());
      return AmiMapping.of(
          agentEvent(agentId, AgentEventType.LOGOUT, at, require(e, e.getQueue(), "Queue"), null));
    }
    if (event instanceof QueueMemberPausedEvent e) {
      return paused(e, at);
    }
    if (event instanceof QueueMemberEvent e) {
      // A member listed in the QueueStatus answer: its state now, at the time it was received.
      String agentId = agent(e, e.getInterface(), first(e.getMemberName(), e.getName()));
      return staffed(
          agentId,
          require(e, e.getQueue(), "Queue"),
          e.getPaused(),
          e.getPausedreason(),
          receivedAt);
    }
    if (event instanceof AgentLoginEvent e) {
      String agentId = agent(e, e.getAgent(), null);
      return AmiMapping.of(agentEvent(agentId, AgentEventType.LOGIN, at, null, null));
    }
    if (event instanceof AgentLogoffEvent e) {
      String agentId = agent(e, e.getAgent(), null);
      return AmiMapping.of(agentEvent(agentId, AgentEventType.LOGOUT, at, null, null));
    }
    return AmiMapping.NOTHING;
  }

  private static AmiMapping staffed(
      String agentId, String queue, Boolean paused, String pausedReason, long at) {
    AgentEvent login = agentEvent(agentId, AgentEventType.LOGIN, at, queue, null);
    AgentEvent state =
        Boolean.TRUE.equals(paused)
            ? agentEvent(agentId, AgentEventType.NOT_READY, at, queue, first(pausedReason))
            : agentEvent(agentId, AgentEventType.READY, at, queue, null);
    return AmiMapping.of(login, state);
  }

  private static AmiMapping paused(QueueMemberPausedEvent e, long at) {
    String agentId = agent(e, e.getInterface(), e.getMemberName());
    String queue = require(e, e.getQueue(), "Queue");
    if (e.getPaused() == null) {
      throw new Unmappable(DeadLetterReason.INVALID, AmiFields.name(e) + " has no Paused");
    }
    if (!e.getPaused()) {
      return AmiMapping.of(agentEvent(agentId, AgentEventType.READY, at, queue, null));
    }
    // asterisk-java fills PausedReason into QueueMemberPauseEvent's own setter (Asterisk 12+);
    // 1.8 and 11 sent it as Reason.
    String reason =
        first(
            e instanceof QueueMemberPauseEvent pause ? pause.getPausedreason() : null,
            e.getPausedReason(),
            e.getReason());
    return AmiMapping.of(agentEvent(agentId, AgentEventType.NOT_READY, at, queue, reason));
  }

  private static AgentEvent agentEvent(
      String agentId, AgentEventType type, long at, String queue, String reason) {
    String eventId = "ami:" + agentId + ":" + type + ":" + (queue == null ? "*" : queue) + ":" + at;
    return new AgentEvent(eventId, agentId, at, type, queue, reason, AmiEventMapper.SOURCE);
  }
}
