package io.callsight.ingest.ami;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The calls the mapper is following, found by the caller's Uniqueid or any alias of it. */
final class QueueCalls {
  private final Map<String, QueueCall> byId = new HashMap<>();
  private final Map<String, QueueCall> byAlias = new HashMap<>();

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
