package io.callsight.ingest.ami;

import static io.callsight.ingest.ami.AmiFields.agent;
import static io.callsight.ingest.ami.AmiFields.first;
import static io.callsight.ingest.ami.AmiFields.millis;
import static io.callsight.ingest.ami.AmiFields.require;
import static io.callsight.ingest.ami.AmiFields.text;

import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.EndedBy;
import io.callsight.schemas.TransferKind;
import java.util.List;
import java.util.Locale;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.asteriskjava.manager.event.JoinEvent;
import org.asteriskjava.manager.event.LeaveEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueEvent;
import org.asteriskjava.manager.event.SoftHangupRequestEvent;
import org.asteriskjava.manager.event.VarSetEvent;

/**
 * Maps a queue call's life in the queue to call events: joining, ringing agents, the answer, how it
 * left unanswered, and the end of its talk. The call id is the caller channel's Uniqueid.
 */
final class QueueCallMapper {
  private final CallerIds callerIds;
  private final QueueCalls calls;

  QueueCallMapper(CallerIds callerIds, QueueCalls calls) {
    this.callerIds = callerIds;
    this.calls = calls;
  }

  /** The call events one AMI event gives; nothing for events about no queue call. */
  AmiMapping map(ManagerEvent event, long receivedAt) {
    long at = AmiFields.eventTime(event, receivedAt);
    if (event instanceof QueueCallerJoinEvent e) {
      return join(e, e.getLinkedId(), e.getPosition(), e.getCallerIdNum(), at, receivedAt);
    }
    if (event instanceof JoinEvent e) {
      String number = first(e.getCallerIdNum(), e.getCallerId());
      return join(e, null, e.getPosition(), number, at, receivedAt);
    }
    if (event instanceof QueueEntryEvent e) {
      return waiting(e, receivedAt);
    }
    if (event instanceof AgentCalledEvent e) {
      return ringing(e, at, receivedAt);
    }
    if (event instanceof AgentRingNoAnswerEvent e) {
      return ringNoAnswer(e, at, receivedAt);
    }
    if (event instanceof AgentConnectEvent e) {
      return connect(e, at, receivedAt);
    }
    if (event instanceof AgentCompleteEvent e) {
      return complete(e, at, receivedAt);
    }
    if (event instanceof QueueCallerAbandonEvent e) {
      return abandon(e, at, receivedAt);
    }
    if (event instanceof QueueCallerLeaveEvent || event instanceof LeaveEvent) {
      return leave((QueueEvent) event, at, receivedAt);
    }
    if (event instanceof VarSetEvent e) {
      return queueStatus(e);
    }
    if (event instanceof HangupRequestEvent e) {
      return hangup(e.getUniqueId());
    }
    if (event instanceof SoftHangupRequestEvent e) {
      return hangup(e.getUniqueId());
    }
    if (event instanceof HangupEvent e) {
      return hangup(e.getUniqueId());
    }
    return AmiMapping.NOTHING;
  }

  /**
   * Decides the calls whose exit from the queue has waited long enough for its reason: without a
   * QUEUESTATUS or a hang-up to tell, a call that raised QueueCallerAbandon counts as abandoned (as
   * Asterisk counts it) and one that left without it as having left with a key press.
   */
  AmiMapping settleExitsNoticedBefore(long cutoff) {
    AmiMapping out = AmiMapping.NOTHING;
    for (QueueCall call :
        calls.matching(c -> c.pendingExit != null && c.pendingExit.noticedAt() <= cutoff)) {
      out = out.plus(settleWithoutReason(call));
    }
    return out;
  }

  /** Forgets calls with no event since {@code cutoff} and returns them. */
  List<QueueCall> evictIdleSince(long cutoff) {
    List<QueueCall> idle = calls.matching(c -> c.lastSeenAt <= cutoff);
    idle.forEach(calls::remove);
    return idle;
  }

  private AmiMapping join(
      QueueEvent e, String linkedId, Integer position, String number, long at, long receivedAt) {
    String callId = require(e, e.getUniqueId(), "Uniqueid");
    String queue = require(e, e.getQueue(), "Queue");
    AmiMapping out = AmiMapping.NOTHING;
    QueueCall earlier = calls.get(callId);
    if (earlier != null) {
      // The same caller channel queues again (after a key press, or transferred into a queue).
      if (earlier.pendingExit != null) {
        out = settleWithoutReason(earlier);
      }
      calls.remove(earlier);
    }
    QueueCall call = calls.getOrCreate(callId, receivedAt);
    call.queue = queue;
    call.joinedAt = at;
    call.callerId = callerIds.hash(number);
    calls.alias(call, text(linkedId));
    return out.plus(AmiMapping.of(queued(call, position, at)));
  }

  /** A call already waiting when the adapter connected, from the QueueStatus answer. */
  private AmiMapping waiting(QueueEntryEvent e, long receivedAt) {
    String callId = require(e, e.getUniqueId(), "Uniqueid");
    String queue = require(e, e.getQueue(), "Queue");
    QueueCall known = calls.get(callId);
    if (known != null && queue.equals(known.queue)) {
      return AmiMapping.NOTHING;
    }
    QueueCall call = calls.getOrCreate(callId, receivedAt);
    call.queue = queue;
    call.joinedAt = receivedAt - (e.getWait() == null ? 0 : e.getWait() * 1000);
    call.callerId = callerIds.hash(first(e.getCallerIdNum(), e.getCallerId()));
    return AmiMapping.of(queued(call, e.getPosition(), call.joinedAt));
  }

  private CallEvent queued(QueueCall call, Integer position, long at) {
    // One id per call and queue, so a QUEUED seen again in a QueueStatus answer after a reconnect
    // or restart is a duplicate the KPI job drops.
    String eventId = "ami:" + call.callId + ":QUEUED:" + call.queue;
    return CallEvent.builder(eventId, call.callId, at, CallEventType.QUEUED, AmiEventMapper.SOURCE)
        .queue(call.queue)
        .callerId(call.callerId)
        .position(position)
        .build();
  }

  private AmiMapping ringing(AgentCalledEvent e, long at, long receivedAt) {
    String agentId =
        agent(
            e,
            first(e.getInterface(), e.getAgentCalled()),
            first(e.getMemberName(), e.getAgentName()));
    QueueCall call = episode(e, e.getUniqueId(), e.getQueue(), receivedAt);
    remember(call, first(e.getCallerIdNum(), e.getCallerId()), e.getLinkedId());
    return AmiMapping.of(CallEvents.event(call, CallEventType.RINGING, at, agentId).build());
  }

  private AmiMapping ringNoAnswer(AgentRingNoAnswerEvent e, long at, long receivedAt) {
    String agentId = agent(e, first(e.getInterface(), e.getMember()), e.getMemberName());
    QueueCall call = episode(e, e.getUniqueId(), e.getQueue(), receivedAt);
    remember(call, e.getCallerIdNum(), e.getLinkedId());
    // Unlike every other AMI duration, this RingTime is in milliseconds.
    return AmiMapping.of(
        CallEvents.event(call, CallEventType.RING_NO_ANSWER, at, agentId)
            .ringMs(e.getRingtime())
            .build());
  }

  private AmiMapping connect(AgentConnectEvent e, long at, long receivedAt) {
    String agentId = agent(e, first(e.getInterface(), e.getMember()), e.getMemberName());
    QueueCall call = episode(e, e.getUniqueId(), e.getQueue(), receivedAt);
    remember(call, e.getCallerIdNum(), e.getLinkedId());
    calls.alias(call, text(e.getDestUniqueId()));
    calls.alias(call, text(e.getDestLinkedId()));
    call.answeredAt = at;
    call.agentId = agentId;
    call.pendingExit = null;
    Long waitMs = millis(e.getHoldTime());
    call.waitMs = waitMs != null ? waitMs : call.joinedAt == null ? null : at - call.joinedAt;
    return AmiMapping.of(
        CallEvents.event(call, CallEventType.ANSWERED, at, agentId)
            .waitMs(call.waitMs)
            .ringMs(millis(e.getRingtime()))
            .build());
  }

  private AmiMapping complete(AgentCompleteEvent e, long at, long receivedAt) {
    String agentId = agent(e, first(e.getInterface(), e.getMember()), e.getMemberName());
    QueueCall call = episode(e, e.getUniqueId(), e.getQueue(), receivedAt);
    remember(call, e.getCallerIdNum(), e.getLinkedId());
    calls.remove(call);
    String reason = text(e.getReason());
    boolean transfer = "transfer".equalsIgnoreCase(reason);
    if (transfer && calls.transferWritten(call)) {
      return AmiMapping.NOTHING;
    }
    call.closeHold(at);
    Long waitMs = millis(e.getHoldTime());
    CallEvent.Builder out =
        CallEvents.event(
                call, transfer ? CallEventType.TRANSFERRED : CallEventType.ENDED, at, agentId)
            .waitMs(waitMs != null ? waitMs : call.waitMs)
            .talkMs(CallEvents.talkMs(call, at, millis(e.getTalkTime())))
            .holdMs(call.answered() ? call.holdTotalMs : null);
    if (transfer) {
      out.transferKind(TransferKind.UNKNOWN);
    } else {
      out.endedBy(endedBy(reason));
    }
    return AmiMapping.of(out.build());
  }

  private AmiMapping abandon(QueueCallerAbandonEvent e, long at, long receivedAt) {
    QueueCall call = episode(e, e.getUniqueId(), e.getQueue(), receivedAt);
    remember(call, e.getCallerIdNum(), e.getLinkedId());
    call.pendingExit = new QueueCall.PendingExit(true, at, millis(e.getHoldTime()), receivedAt);
    // Asterisk raises QueueCallerAbandon for time-outs and empty-queue exits too; a hang-up
    // already requested on the caller's channel is what makes it a real abandon.
    return call.hangupRequested ? settle(call, CallEventType.ABANDONED) : AmiMapping.NOTHING;
  }

  private AmiMapping leave(QueueEvent e, long at, long receivedAt) {
    QueueCall call = calls.get(require(e, e.getUniqueId(), "Uniqueid"));
    // A call already settled (abandoned, timed out) or never seen joining has nothing to wait for.
    if (call == null || !require(e, e.getQueue(), "Queue").equals(call.queue)) {
      return AmiMapping.NOTHING;
    }
    call.lastSeenAt = receivedAt;
    if (!call.answered() && call.pendingExit == null) {
      // Asterisk raises QueueCallerLeave before AgentConnect: an answer may still follow.
      Long waitMs = call.joinedAt == null ? null : at - call.joinedAt;
      call.pendingExit = new QueueCall.PendingExit(false, at, waitMs, receivedAt);
    }
    return AmiMapping.NOTHING;
  }

  /** Queue() sets QUEUESTATUS on the caller's channel right after the caller left the queue. */
  private AmiMapping queueStatus(VarSetEvent e) {
    QueueCall call = calls.get(text(e.getUniqueId()));
    String status = text(e.getValue());
    if (call == null
        || call.pendingExit == null
        || status == null
        || !"QUEUESTATUS".equalsIgnoreCase(e.getVariable())) {
      return AmiMapping.NOTHING;
    }
    return switch (status.toUpperCase(Locale.ROOT)) {
      case "TIMEOUT" -> settle(call, CallEventType.TIMEOUT);
      case "LEAVEEMPTY", "LEAVEUNAVAIL" -> settle(call, CallEventType.EXIT_EMPTY);
      // Withdrawn on request (QueueWithdrawCaller): it left on purpose, not by hanging up.
      case "WITHDRAW" -> settle(call, CallEventType.WITHDRAWN);
      default -> AmiMapping.NOTHING;
    };
  }

  /** A hang-up (or the request for one) on the caller's own channel. */
  private AmiMapping hangup(String uniqueId) {
    QueueCall call = calls.get(text(uniqueId));
    if (call == null || call.answered()) {
      return AmiMapping.NOTHING;
    }
    if (call.pendingExit != null) {
      return settleWithoutReason(call);
    }
    call.hangupRequested = true;
    return AmiMapping.NOTHING;
  }

  private AmiMapping settleWithoutReason(QueueCall call) {
    return settle(
        call,
        call.pendingExit.abandonRaised() ? CallEventType.ABANDONED : CallEventType.EXIT_WITH_KEY);
  }

  /** Writes how the caller left the queue, at the time it left, and forgets the call. */
  private AmiMapping settle(QueueCall call, CallEventType type) {
    QueueCall.PendingExit exit = call.pendingExit;
    calls.remove(call);
    return AmiMapping.of(
        CallEvents.event(call, type, exit.leftAt(), null).waitMs(exit.waitMs()).build());
  }

  /**
   * The call this event belongs to. An event naming another queue than the one the call is in now
   * belongs to an earlier visit already closed; it is mapped from its own fields alone.
   */
  private QueueCall episode(ManagerEvent e, String uniqueId, String queueName, long receivedAt) {
    String callId = require(e, uniqueId, "Uniqueid");
    String queue = require(e, queueName, "Queue");
    QueueCall call = calls.get(callId);
    if (call != null && call.queue != null && !call.queue.equals(queue)) {
      QueueCall earlierVisit = new QueueCall(callId);
      earlierVisit.queue = queue;
      return earlierVisit;
    }
    call = calls.getOrCreate(callId, receivedAt);
    call.queue = queue;
    return call;
  }

  private void remember(QueueCall call, String callerNumber, String linkedId) {
    if (call.callerId == null) {
      call.callerId = callerIds.hash(text(callerNumber));
    }
    calls.alias(call, text(linkedId));
  }

  private static EndedBy endedBy(String reason) {
    if ("caller".equalsIgnoreCase(reason)) {
      return EndedBy.CALLER;
    }
    if ("agent".equalsIgnoreCase(reason)) {
      return EndedBy.AGENT;
    }
    return null;
  }
}
