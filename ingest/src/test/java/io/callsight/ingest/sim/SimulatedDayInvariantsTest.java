package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.ingest.sim.CallLegs.Leg;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.Json;
import io.callsight.schemas.SchemaValidator;
import io.callsight.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What must hold for every call and agent over one simulated day of the small centre. */
class SimulatedDayInvariantsTest {
  private static final long DAY_END = Runs.MONDAY.plus(Duration.ofDays(1)).toEpochMilli();
  // No call of the small profile waits and talks this long: legs queued earlier are finished.
  private static final long SETTLED = DAY_END - Duration.ofHours(2).toMillis();

  private static TimelineSink day;
  private static CallLegs legs;

  @BeforeAll
  static void simulateOneDay() {
    day = Runs.canonical(Profiles.small(), 7, Duration.ofDays(1));
    legs = new CallLegs(day.calls());
  }

  @Test
  void theDayIsBusyEnoughToMeanSomething() {
    assertThat(legs.byCall).hasSizeGreaterThan(500);
    assertThat(day.calls())
        .extracting(CallEvent::type)
        .contains(
            CallEventType.QUEUED,
            CallEventType.RINGING,
            CallEventType.RING_NO_ANSWER,
            CallEventType.RING_CANCELED,
            CallEventType.ANSWERED,
            CallEventType.HOLD_START,
            CallEventType.HOLD_END,
            CallEventType.TRANSFERRED,
            CallEventType.ENDED,
            CallEventType.WRAPUP_ENDED,
            CallEventType.ABANDONED,
            CallEventType.EXIT_WITH_KEY);
  }

  @Test
  void everyCallStartsWithQueued() {
    assertThat(legs.orphans).isEmpty();
    legs.byCall
        .values()
        .forEach(l -> assertThat(l.get(0).queued.type()).isEqualTo(CallEventType.QUEUED));
  }

  @Test
  void everyQueueLegEndsExactlyOnceAnsweredOrLeavingUnanswered() {
    legs.all()
        .forEach(leg -> assertThat(leg.outcomes()).as(leg.queued.callId()).hasSizeLessThan(2));
    legs.queuedBefore(SETTLED)
        .forEach(leg -> assertThat(leg.outcomes()).as(leg.queued.callId()).hasSize(1));
  }

  @Test
  void everyAnsweredCallIsEndedOrTransferredThenWrappedUpByItsAgent() {
    List<Leg> answered =
        legs.queuedBefore(SETTLED).stream().filter(l -> l.answeringAgent() != null).toList();
    assertThat(answered).isNotEmpty();
    for (Leg leg : answered) {
      List<CallEventType> afterAnswer =
          leg.events.stream()
              .map(CallEvent::type)
              .dropWhile(t -> t != CallEventType.ANSWERED)
              .filter(t -> t != CallEventType.HOLD_START && t != CallEventType.HOLD_END)
              .toList();
      assertThat(afterAnswer)
          .as(leg.queued.callId())
          .isIn(
              List.of(CallEventType.ANSWERED, CallEventType.ENDED, CallEventType.WRAPUP_ENDED),
              List.of(
                  CallEventType.ANSWERED, CallEventType.TRANSFERRED, CallEventType.WRAPUP_ENDED));
      assertThat(leg.events.stream().filter(e -> e.agentId() != null).map(CallEvent::agentId))
          .as("agents after the answer of " + leg.queued.callId())
          .last()
          .isEqualTo(leg.answeringAgent());
    }
  }

  @Test
  void reportedDurationsAreTheDifferencesOfEventTimes() {
    for (Leg leg : legs.all()) {
      long queuedAt = leg.queued.eventTime();
      Map<String, Long> ringingSince = new HashMap<>();
      Long answeredAt = null;
      Long holdSince = null;
      long held = 0;
      Long talkEndedAt = null;
      for (CallEvent e : leg.events) {
        long t = e.eventTime();
        switch (e.type()) {
          case RINGING -> ringingSince.put(e.agentId(), t);
          case RING_NO_ANSWER, RING_CANCELED ->
              assertThat(e.ringMs()).isEqualTo(t - ringingSince.get(e.agentId()));
          case ANSWERED -> {
            assertThat(e.waitMs()).isEqualTo(t - queuedAt);
            assertThat(e.ringMs()).isEqualTo(t - ringingSince.get(e.agentId()));
            answeredAt = t;
          }
          case HOLD_START -> holdSince = t;
          case HOLD_END -> {
            assertThat(e.holdMs()).isEqualTo(t - holdSince);
            held += e.holdMs();
          }
          case ENDED, TRANSFERRED -> {
            assertThat(e.waitMs()).isEqualTo(answeredAt - queuedAt);
            assertThat(e.holdMs()).isEqualTo(held);
            assertThat(e.talkMs()).isEqualTo(t - answeredAt - held);
            talkEndedAt = t;
          }
          case WRAPUP_ENDED -> assertThat(e.wrapupMs()).isEqualTo(t - talkEndedAt);
          case ABANDONED, TIMEOUT, EXIT_WITH_KEY, EXIT_EMPTY ->
              assertThat(e.waitMs()).isEqualTo(t - queuedAt);
          default -> assertThat(e.type()).isEqualTo(CallEventType.QUEUED);
        }
      }
    }
  }

  @Test
  void eventsAreWrittenInTimeOrder() {
    List<Long> times =
        day.events.stream()
            .map(e -> e instanceof CallEvent c ? c.eventTime() : ((AgentEvent) e).eventTime())
            .toList();
    assertThat(times).isSorted();
  }

  @Test
  void agentsTakeOneCallAtATimeAndOnlyWhenLoggedInAndReady() {
    Set<String> loggedIn = new HashSet<>();
    Set<String> ready = new HashSet<>();
    Map<String, String> onCall = new HashMap<>();
    List<String> violations = new ArrayList<>();
    for (Object o : day.events) {
      if (o instanceof AgentEvent a) {
        String agent = a.agentId();
        if (onCall.containsKey(agent)) {
          violations.add(a.type() + " of " + agent + " during call " + onCall.get(agent));
        }
        switch (a.type()) {
          case LOGIN -> {
            loggedIn.add(agent);
            ready.add(agent);
          }
          case LOGOUT -> {
            loggedIn.remove(agent);
            ready.remove(agent);
          }
          case READY -> ready.add(agent);
          case NOT_READY -> ready.remove(agent);
        }
      } else {
        CallEvent c = (CallEvent) o;
        String agent = c.agentId();
        switch (c.type()) {
          case RINGING -> {
            if (!loggedIn.contains(agent) || !ready.contains(agent)) {
              violations.add(c.callId() + " rang " + agent + " who was not logged in and ready");
            }
            if (onCall.putIfAbsent(agent, c.callId()) != null) {
              violations.add(c.callId() + " rang " + agent + " during " + onCall.get(agent));
            }
          }
          case RING_NO_ANSWER, RING_CANCELED, WRAPUP_ENDED -> {
            if (!c.callId().equals(onCall.remove(agent))) {
              violations.add(c.type() + " of " + c.callId() + " by " + agent + " not on it");
            }
          }
          default -> {
            if (agent != null && !c.callId().equals(onCall.get(agent))) {
              violations.add(c.type() + " of " + c.callId() + " by " + agent + " not on it");
            }
          }
        }
      }
    }
    assertThat(violations).isEmpty();
    assertThat(day.agents()).extracting(AgentEvent::type).contains(AgentEventTypes.ALL);
  }

  @Test
  void callerIdsAreHashesNeverRawNumbers() {
    assertThat(day.calls())
        .allSatisfy(
            e -> {
              assertThat(e.callerId()).isNotNull();
              assertThat(CallerIds.isHashed(e.callerId())).isTrue();
              assertThat(e.source()).isEqualTo("simulator");
            });
  }

  @Test
  void everyEventMatchesItsTopicsJsonSchema() {
    SchemaValidator schemas = new SchemaValidator();
    for (Object event : day.events) {
      Topic topic = event instanceof CallEvent ? Topic.CALL_EVENTS : Topic.AGENT_EVENTS;
      assertThat(schemas.problems(topic, Json.mapper().valueToTree(event)))
          .as("%s", event)
          .isEmpty();
    }
  }

  @Test
  void eventIdsAreUnique() {
    List<String> ids =
        day.events.stream()
            .map(e -> e instanceof CallEvent c ? c.eventId() : ((AgentEvent) e).eventId())
            .toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void transferredCallsReenterAnotherQueueUnderTheSameCallId() {
    List<List<Leg>> transferredInside =
        legs.byCall.values().stream().filter(l -> l.size() > 1).toList();
    assertThat(transferredInside).isNotEmpty();
    for (List<Leg> call : transferredInside) {
      for (int i = 1; i < call.size(); i++) {
        Leg before = call.get(i - 1);
        CallEvent transfer = before.of(CallEventType.TRANSFERRED).get(0);
        assertThat(call.get(i).queued.queue())
            .isEqualTo(transfer.transferTarget())
            .isNotEqualTo(before.queued.queue());
        assertThat(call.get(i).queued.callerId()).isEqualTo(before.queued.callerId());
      }
    }
  }
}
