package io.callsight.ingest.ami;

import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;

/** Builds a followed call's canonical events the same way for every mapper. */
final class CallEvents {
  private CallEvents() {}

  /** An event of the call with its queue and caller; the id is deterministic for the same input. */
  static CallEvent.Builder event(QueueCall call, CallEventType type, long at, String agentId) {
    String eventId =
        "ami:" + call.callId + ":" + type + (agentId == null ? "" : ":" + agentId) + ":" + at;
    return CallEvent.builder(eventId, call.callId, at, type, AmiEventMapper.SOURCE)
        .queue(call.queue)
        .agentId(agentId)
        .callerId(call.callerId);
  }

  /**
   * Talk time without the holds, so that talk + hold + wrap-up is the handle time. Asterisk's
   * TalkTime runs from the answer and includes holds.
   */
  static Long talkMs(QueueCall call, long at, Long switchTalkMs) {
    long hold = call.answered() ? call.holdTotalMs : 0;
    if (switchTalkMs != null) {
      return Math.max(0, switchTalkMs - hold);
    }
    return call.answered() ? Math.max(0, at - call.answeredAt - hold) : null;
  }
}
