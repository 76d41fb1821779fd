package io.callsight.jobs.kpi;

import java.util.Arrays;

/**
 * What the call tracker remembers about one call between its events: the anchors it needs to derive
 * durations the switch did not report, and the ids of events already seen.
 *
 * <p>A mutable POJO so Flink keeps it as keyed state without Kryo; 0 means "not seen yet".
 */
public final class CallProgress {
  public String callId;
  public String queue;
  public String callerId;
  public CallPhase phase;
  public long queuedAt;
  public long lastEventTime;
  public String agentId;
  public long answeredAt;
  public long holdStartedAt;
  public int holdCount;
  public long holdMs;
  public long talkEndedAt;

  /** Hashes of the event ids seen for this call (a call has a handful of events). */
  public long[] seenEvents = new long[0];

  public CallProgress() {}

  /** Whether this event id was already applied; records it when not. */
  public boolean markSeen(String eventId) {
    long hash = hash(eventId);
    for (long seen : seenEvents) {
      if (seen == hash) {
        return true;
      }
    }
    seenEvents = Arrays.copyOf(seenEvents, seenEvents.length + 1);
    seenEvents[seenEvents.length - 1] = hash;
    return false;
  }

  /**
   * 64-bit FNV-1a: collisions among one call's few event ids, or among the callers of one
   * repeat-caller bucket, are negligible.
   */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
