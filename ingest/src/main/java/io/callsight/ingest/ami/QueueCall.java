package io.callsight.ingest.ami;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the mapper remembers about one call in or out of a queue, keyed by the caller's Uniqueid.
 */
final class QueueCall {
  /**
   * The caller left the queue without an answer and the AMI has not yet said why: a timeout and an
   * empty-queue exit raise QueueCallerAbandon too, so the reason comes from later events.
   */
  record PendingExit(boolean abandonRaised, long leftAt, Long waitMs, long noticedAt) {}

  final String callId;

  /** Other channel ids (Linkedid, the answering member's channels) that lead to this call. */
  final Set<String> aliases = new LinkedHashSet<>();

  String queue;
  String callerId;
  Long joinedAt;
  Long answeredAt;
  Long waitMs;
  String agentId;
  Long holdStartedAt;
  long holdTotalMs;
  boolean transferred;
  boolean hangupRequested;
  PendingExit pendingExit;
  long lastSeenAt;

  QueueCall(String callId) {
    this.callId = callId;
  }

  boolean answered() {
    return answeredAt != null;
  }

  /** Ends an open hold at {@code at} so its time counts in the call's hold total. */
  void closeHold(long at) {
    if (holdStartedAt != null) {
      holdTotalMs += Math.max(0, at - holdStartedAt);
      holdStartedAt = null;
    }
  }

  @Override
  public String toString() {
    return "call "
        + callId
        + " queue="
        + queue
        + " joinedAt="
        + joinedAt
        + " answeredAt="
        + answeredAt
        + " agent="
        + agentId
        + " onHoldSince="
        + holdStartedAt
        + " pendingExit="
        + pendingExit
        + " lastSeenAt="
        + lastSeenAt;
  }
}
