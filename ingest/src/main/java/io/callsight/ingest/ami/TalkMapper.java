package io.callsight.ingest.ami;

import static io.callsight.ingest.ami.AmiFields.first;
import static io.callsight.ingest.ami.AmiFields.text;

import io.callsight.schemas.CallEventType;
import io.callsight.schemas.TransferKind;
import org.asteriskjava.manager.event.AbstractHoldEvent;
import org.asteriskjava.manager.event.AttendedTransferEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MusicOnHoldEvent;
import org.asteriskjava.manager.event.TransferEvent;
import org.asteriskjava.manager.event.UnholdEvent;

/**
 * Maps what happens during an answered queue call's talk: holds and transfers. These events are
 * raised on whichever channel acted (often the agent's phone, not the caller's channel), so the
 * call is found through the Linkedid and the answering member's channel ids.
 */
final class TalkMapper {
  private final QueueCalls calls;

  TalkMapper(QueueCalls calls) {
    this.calls = calls;
  }

  /** The call events one AMI event gives; nothing for events about no answered queue call. */
  AmiMapping map(ManagerEvent event, long receivedAt) {
    long at = AmiFields.eventTime(event, receivedAt);
    if (event instanceof AbstractHoldEvent e) {
      // Asterisk 12+ raises Hold and Unhold; 1.8 and 11 raise Hold with Status: On or Off.
      boolean starts = !(e instanceof UnholdEvent) && !Boolean.FALSE.equals(e.getStatus());
      return hold(e.getUniqueId(), e.getLinkedId(), starts, at, receivedAt);
    }
    if (event instanceof MusicOnHoldEvent e && (e.isStart() || e.isStop())) {
      return hold(e.getUniqueId(), e.getLinkedId(), e.isStart(), at, receivedAt);
    }
    if (event instanceof BlindTransferEvent e) {
      return blindTransfer(e, at);
    }
    if (event instanceof AttendedTransferEvent e) {
      return attendedTransfer(e, at);
    }
    if (event instanceof TransferEvent e) {
      TransferKind kind =
          e.isAttended()
              ? TransferKind.ATTENDED
              : e.isBlind() ? TransferKind.BLIND : TransferKind.UNKNOWN;
      QueueCall call = calls.find(text(e.getUniqueId()), text(e.getTargetUniqueId()));
      return transfer(call, kind, text(e.getTransferExten()), at);
    }
    return AmiMapping.NOTHING;
  }

  private AmiMapping hold(
      String uniqueId, String linkedId, boolean starts, long at, long receivedAt) {
    QueueCall call = calls.find(text(uniqueId), text(linkedId));
    // Music on hold also plays while a caller waits in the queue: only holds in talk count.
    if (call == null || !call.answered()) {
      return AmiMapping.NOTHING;
    }
    call.lastSeenAt = receivedAt;
    // One hold raises Hold on the agent's channel and MusicOnHoldStart on the caller's: the
    // first one opens it, the other is a repeat.
    if (starts) {
      if (call.holdStartedAt != null) {
        return AmiMapping.NOTHING;
      }
      call.holdStartedAt = at;
      return AmiMapping.of(
          CallEvents.event(call, CallEventType.HOLD_START, at, call.agentId).build());
    }
    if (call.holdStartedAt == null) {
      return AmiMapping.NOTHING;
    }
    long holdMs = Math.max(0, at - call.holdStartedAt);
    call.closeHold(at);
    return AmiMapping.of(
        CallEvents.event(call, CallEventType.HOLD_END, at, call.agentId).holdMs(holdMs).build());
  }

  private AmiMapping blindTransfer(BlindTransferEvent e, long at) {
    if (!succeeded(e.getResult())) {
      return AmiMapping.NOTHING;
    }
    QueueCall call =
        calls.find(
            text(e.getTransfereeUniqueId()),
            text(e.getTransfererUniqueId()),
            text(e.getTransfereeLinkedId()),
            text(e.getTransfererLinkedId()));
    return transfer(call, TransferKind.BLIND, text(e.getExtension()), at);
  }

  private AmiMapping attendedTransfer(AttendedTransferEvent e, long at) {
    if (!succeeded(e.getResult())) {
      return AmiMapping.NOTHING;
    }
    QueueCall call =
        calls.find(
            text(e.getTransfereeUniqueid()),
            text(e.getOrigTransfererUniqueid()),
            text(e.getTransfereeLinkedId()),
            text(e.getOrigTransfererLinkedId()));
    String target =
        first(
            e.getTransferTargetCallerIDNum(),
            e.getSecondTransfererConnectedLineNum(),
            e.getSecondTransfererExten(),
            e.getDestApp());
    return transfer(call, TransferKind.ATTENDED, target, at);
  }

  private AmiMapping transfer(QueueCall call, TransferKind kind, String target, long at) {
    if (call == null || !call.answered()) {
      return AmiMapping.NOTHING;
    }
    call.closeHold(at);
    calls.writeTransfer(call);
    return AmiMapping.of(
        CallEvents.event(call, CallEventType.TRANSFERRED, at, call.agentId)
            .waitMs(call.waitMs)
            .talkMs(CallEvents.talkMs(call, at, null))
            .holdMs(call.holdTotalMs)
            .transferKind(kind)
            .transferTarget(target)
            .build());
  }

  private static boolean succeeded(String result) {
    return text(result) == null || "Success".equalsIgnoreCase(result.trim());
  }
}
