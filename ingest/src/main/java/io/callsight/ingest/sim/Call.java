package io.callsight.ingest.sim;

import io.callsight.schemas.CallEventType;

/**
 * One caller's call through the centre: the queue leg it is on, the agent ringing or talking to it,
 * and its one timer (the caller giving up while waiting, or arriving in the queue it was
 * transferred to).
 */
final class Call {
  final String callId;
  final int caller;
  final String callerNumber;
  final Line.Place<Call> place = new Line.Place<>(this);
  final Timer timer = new Timer(this::timerFired);
  CallQueue queue;
  Agent agent;
  long ticket;
  long queuedAt;
  int originalPosition;
  CallEventType leaveAs;
  CallQueue transferTo;
  private int events;

  Call(String callId, int caller, String callerNumber) {
    this.callId = callId;
    this.caller = caller;
    this.callerNumber = callerNumber;
  }

  int nextEventNumber() {
    return events++;
  }

  private void timerFired() {
    if (transferTo != null) {
      CallQueue target = transferTo;
      transferTo = null;
      target.enter(this);
    } else {
      queue.giveUp(this);
    }
  }
}
