package io.callsight.ingest.ami;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The calls the mapper is following, found by the caller's Uniqueid or any alias of it. */
final class QueueCalls {
  private static final int MAX_TRANSFERS_WRITTEN = 10_000;

  private final Map<String, QueueCall> byId = new HashMap<>();
  private final Map<String, QueueCall> byAlias = new HashMap<>();

  /**
   * Calls whose transfer was written from a transfer event, so that the AgentComplete with Reason
   * transfer that follows writes no second one. Bounded: an AgentComplete that never comes must not
   * leak.
   */
  private final Set<String> transfersWritten =
      Collections.newSetFromMap(
          new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
              return size() > MAX_TRANSFERS_WRITTEN;
            }
          });

  QueueCall get(String callId) {
    return callId == null ? null : byId.get(callId);
  }

  QueueCall getOrCreate(String callId, long receivedAt) {
    QueueCall call = byId.computeIfAbsent(callId, QueueCall::new);
    call.lastSeenAt = receivedAt;
    return call;
  }

  /** The first call that any of the channel ids (Uniqueid or Linkedid) belongs to. */
  QueueCall find(String... channelIds) {
    for (String id : channelIds) {
      if (id != null && byId.containsKey(id)) {
        return byId.get(id);
      }
    }
    for (String id : channelIds) {
      if (id != null && byAlias.containsKey(id)) {
        return byAlias.get(id);
      }
    }
    return null;
  }

  /** Lets events on another channel (the member's leg, a Linkedid) find this call. */
  void alias(QueueCall call, String channelId) {
    if (channelId != null && !channelId.equals(call.callId) && byId.get(call.callId) == call) {
      call.aliases.add(channelId);
      byAlias.put(channelId, call);
    }
  }

  void remove(QueueCall call) {
    byId.remove(call.callId, call);
    for (String alias : call.aliases) {
      byAlias.remove(alias, call);
    }
  }

  /** Forgets a call whose transfer was just written, remembering that it was. */
  void writeTransfer(QueueCall call) {
    remove(call);
    transfersWritten.add(call.callId + '\n' + call.queue);
  }

  /** Whether this call's transfer was already written; the memory of it is used up. */
  boolean transferWritten(QueueCall call) {
    return transfersWritten.remove(call.callId + '\n' + call.queue);
  }

  List<QueueCall> matching(Predicate<QueueCall> test) {
    List<QueueCall> found = new ArrayList<>();
    for (QueueCall call : byId.values()) {
      if (test.test(call)) {
        found.add(call);
      }
    }
    return found;
  }

  int size() {
    return byId.size();
  }
}
