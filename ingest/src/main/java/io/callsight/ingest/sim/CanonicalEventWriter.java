package io.callsight.ingest.sim;

import io.callsight.ingest.EventSink;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentEventType;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.TransferKind;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns simulated events into the canonical events every switch adapter writes (source {@value
 * #SOURCE}), caller numbers hashed, and hands them to an {@link EventSink}. Event ids are the call
 * id (or the agent's log-in session id) and the event's ordinal in it: deterministic and unique.
 */
public final class CanonicalEventWriter implements SimulationOutput {
  public static final String SOURCE = "simulator";

  // Hashing is a keyed HMAC: remember recent callers' hashes instead of redoing it on every event.
  private static final int REMEMBERED_CALLERS = 1 << 16;

  private final EventSink sink;
  private final CallerIds callerIds;
  private final Map<String, String> hashes = new HashMap<>();

  public CanonicalEventWriter(EventSink sink, CallerIds callerIds) {
    this.sink = sink;
    this.callerIds = callerIds;
  }

  @Override
  public void call(SimulatedCallEvent e) {
    CallEvent.Builder event =
        CallEvent.builder(e.callId() + "#" + e.number(), e.callId(), e.time(), e.type(), SOURCE)
            .queue(e.queue())
            .agentId(e.agentId())
            .callerId(hash(e.callerNumber()))
            .position(e.position() < 0 ? null : e.position())
            .waitMs(reported(e.waitMs()))
            .ringMs(reported(e.ringMs()))
            .talkMs(reported(e.talkMs()))
            .holdMs(reported(e.holdMs()))
            .wrapupMs(reported(e.wrapupMs()))
            .endedBy(e.endedBy())
            .disposition(e.disposition());
    if (e.type() == CallEventType.TRANSFERRED) {
      event.transferKind(TransferKind.BLIND).transferTarget(e.transferTarget());
    } else if (e.type() == CallEventType.WRAPUP_ENDED) {
      event.caseEntered(e.caseEntered());
    }
    sink.call(event.build());
  }

  /**
   * Log-ins and log-outs go out once per queue the agent serves, as Asterisk's ADDMEMBER and
   * REMOVEMEMBER do, so each queue's wall-board knows its agents; pauses apply to all queues.
   */
  @Override
  public void agent(SimulatedAgentEvent e) {
    boolean perQueue = e.type() == AgentEventType.LOGIN || e.type() == AgentEventType.LOGOUT;
    if (!perQueue || e.queues().isEmpty()) {
      sink.agent(agentEvent(e, e.sessionId() + "#" + e.number(), null));
      return;
    }
    for (String queue : e.queues()) {
      sink.agent(agentEvent(e, e.sessionId() + "#" + e.number() + "@" + queue, queue));
    }
  }

  private static AgentEvent agentEvent(SimulatedAgentEvent e, String eventId, String queue) {
    return new AgentEvent(eventId, e.agentId(), e.time(), e.type(), queue, e.reason(), SOURCE);
  }

  private String hash(String number) {
    if (hashes.size() >= REMEMBERED_CALLERS) {
      hashes.clear();
    }
    return hashes.computeIfAbsent(number, callerIds::hash);
  }

  private static Long reported(long millis) {
    return millis == SimulatedCallEvent.NOT_REPORTED ? null : millis;
  }

  @Override
  public void flush() {
    sink.flush();
  }

  @Override
  public void close() {
    sink.close();
  }
}
