package io.callsight.ingest.sim;

import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits canonical call events into queue legs: a QUEUED starts a leg, and every later event of the
 * call belongs to it, except an agent's WRAPUP_ENDED, which belongs to the leg that agent talked on
 * (a transferred call may already be waiting in its next queue).
 */
final class CallLegs {
  /** One pass of a call through one queue. */
  static final class Leg {
    final CallEvent queued;
    final List<CallEvent> events = new ArrayList<>();

    Leg(CallEvent queued) {
      this.queued = queued;
      events.add(queued);
    }

    List<CallEvent> of(CallEventType type) {
      return events.stream().filter(e -> e.type() == type).toList();
    }

    List<CallEvent> outcomes() {
      return events.stream()
          .filter(e -> e.type() == CallEventType.ANSWERED || e.type().leavesQueueUnanswered())
          .toList();
    }

    List<CallEvent> talkEnds() {
      return events.stream()
          .filter(e -> e.type() == CallEventType.ENDED || e.type() == CallEventType.TRANSFERRED)
          .toList();
    }

    String answeringAgent() {
      return of(CallEventType.ANSWERED).stream().map(CallEvent::agentId).findFirst().orElse(null);
    }
  }

  final Map<String, List<Leg>> byCall = new LinkedHashMap<>();
  final List<CallEvent> orphans = new ArrayList<>();

  CallLegs(List<CallEvent> events) {
    for (CallEvent e : events) {
      List<Leg> legs = byCall.computeIfAbsent(e.callId(), id -> new ArrayList<>());
      if (e.type() == CallEventType.QUEUED) {
        legs.add(new Leg(e));
      } else if (legs.isEmpty()) {
        orphans.add(e);
      } else if (e.type() == CallEventType.WRAPUP_ENDED) {
        legs.stream()
            .filter(l -> e.agentId().equals(l.answeringAgent()))
            .filter(l -> !l.talkEnds().isEmpty() && l.of(CallEventType.WRAPUP_ENDED).isEmpty())
            .findFirst()
            .orElseGet(() -> legs.get(legs.size() - 1))
            .events
            .add(e);
      } else {
        legs.get(legs.size() - 1).events.add(e);
      }
    }
  }

  List<Leg> all() {
    return byCall.values().stream().flatMap(List::stream).toList();
  }

  /** Legs that entered their queue before {@code time}: long enough ago to be over. */
  List<Leg> queuedBefore(long time) {
    return all().stream().filter(l -> l.queued.eventTime() < time).toList();
  }
}
