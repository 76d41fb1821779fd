package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.TransferKind;
import io.callsight.testkit.CallScript;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallTrackingTest {
  static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
  final CallTracking tracking =
      new CallTracking(Duration.ofSeconds(1), Duration.ofMinutes(30), Duration.ofHours(4));

  List<CallFact> run(CallProgress p, List<CallEvent> events) {
    List<CallFact> facts = new ArrayList<>();
    facts.addAll(tracking.start(p, events.get(0)).facts());
    for (CallEvent e : events.subList(1, events.size())) {
      CallStep step = tracking.accept(p, e);
      assertThat(step.deadLetter()).as("%s", e).isNull();
      facts.addAll(step.facts());
    }
    return facts;
  }

  @Test
  void shouldTurnAnAnsweredCallIntoFactsWithItsDurations() {
    List<CallEvent> events =
        CallScript.inbound("c1", "sales", T0, "13800000000")
            .ringNoAnswer("1141", 10, 10)
            .answer("1127", 12)
            .hold(60, 90)
            .end(200)
            .wrapup(230, true)
            .events();
    CallProgress p = new CallProgress();
    List<CallFact> facts = run(p, events);

    assertThat(facts)
        .extracting(f -> f.kind)
        .containsExactly(
            FactKind.OFFERED,
            FactKind.RING_NO_ANSWER,
            FactKind.ANSWERED,
            FactKind.HOLD_STARTED,
            FactKind.HOLD_ENDED,
            FactKind.HANDLED,
            FactKind.WRAPPED_UP);
    CallFact answered = facts.get(2);
    assertThat(answered.waitMs).isEqualTo(12_000);
    assertThat(answered.agentId).isEqualTo("1127");
    CallFact handled = facts.get(5);
    assertThat(handled.talkMs).isEqualTo(200_000 - 12_000 - 30_000);
    assertThat(handled.holdMs).isEqualTo(30_000);
    assertThat(handled.holdCount).isEqualTo(1);
    assertThat(handled.queue).isEqualTo("sales");
    assertThat(facts.get(6).wrapupMs).isEqualTo(30_000);
    assertThat(facts.get(6).caseEntered).isTrue();
    assertThat(facts.get(0).callerId).isEqualTo(CallScript.CALLER_IDS.hash("13800000000"));
    assertThat(p.phase).isEqualTo(CallPhase.DONE);
  }

  @Test
  void shouldDropAnEventSeenBefore() {
    CallScript call = CallScript.inbound("c1", "sales", T0).answer("1127", 5);
    CallProgress p = new CallProgress();
    run(p, call.events());
    CallStep again = tracking.accept(p, call.last());
    assertThat(again.duplicate()).isTrue();
    assertThat(again.facts()).isEmpty();
  }

  @Test
  void shouldDeriveDurationsTheSwitchDidNotReport() {
    long t0 = T0.toEpochMilli();
    List<CallEvent> bare =
        List.of(
            CallEvent.builder("e0", "c1", t0, CallEventType.QUEUED, "json").queue("q").build(),
            CallEvent.builder("e1", "c1", t0 + 7_000, CallEventType.ANSWERED, "json")
                .queue("q")
                .agentId("7")
                .build(),
            CallEvent.builder("e2", "c1", t0 + 20_000, CallEventType.HOLD_START, "json").build(),
            CallEvent.builder("e3", "c1", t0 + 25_000, CallEventType.HOLD_END, "json").build(),
            CallEvent.builder("e4", "c1", t0 + 67_000, CallEventType.ENDED, "json").build(),
            CallEvent.builder("e5", "c1", t0 + 80_000, CallEventType.WRAPUP_ENDED, "json").build());
    List<CallFact> facts = run(new CallProgress(), bare);
    assertThat(facts.get(1).waitMs).isEqualTo(7_000);
    assertThat(facts.get(3).holdMs).isEqualTo(5_000);
    CallFact handled = facts.get(4);
    assertThat(handled.talkMs).isEqualTo(67_000 - 7_000 - 5_000);
    assertThat(handled.holdMs).isEqualTo(5_000);
    assertThat(handled.agentId).isEqualTo("7");
    assertThat(facts.get(5).wrapupMs).isEqualTo(13_000);
    assertThat(facts.get(5).caseEntered).isNull();
  }

  @Test
  void shouldDeadLetterAnEventDatedBeforeItsCallEnteredTheQueue() {
    long t0 = T0.toEpochMilli();
    CallProgress p = new CallProgress();
    tracking.start(
        p, CallEvent.builder("e0", "c1", t0, CallEventType.QUEUED, "s").queue("q").build());
    CallEvent backwards =
        CallEvent.builder("e1", "c1", t0 - 3_600_000, CallEventType.ABANDONED, "s")
            .queue("q")
            .waitMs(4_000L)
            .build();
    CallStep step = tracking.accept(p, backwards);
    assertThat(step.facts()).isEmpty();
    assertThat(step.deadLetter().reasonCode()).isEqualTo(DeadLetterReason.CLOCK_BACKWARDS);
    assertThat(step.deadLetter().reason())
        .contains(
            "ABANDONED at 2024-03-01T08:00:00Z is 3600.0 s before the call entered the"
                + " queue at 2024-03-01T09:00:00Z")
        .contains("clock went backwards");
    assertThat(step.deadLetter().payload()).contains("\"eventId\":\"e1\"");
    // The call itself goes on.
    assertThat(
            tracking
                .accept(
                    p,
                    CallEvent.builder("e2", "c1", t0 + 3_000, CallEventType.ABANDONED, "s")
                        .queue("q")
                        .build())
                .facts())
        .hasSize(1);
  }

  @Test
  void shouldToleratePartOfASecondOfSwitchRounding() {
    long t0 = T0.toEpochMilli();
    CallProgress p = new CallProgress();
    tracking.start(
        p, CallEvent.builder("e0", "c1", t0, CallEventType.QUEUED, "s").queue("q").build());
    CallStep step =
        tracking.accept(
            p,
            CallEvent.builder("e1", "c1", t0 - 500, CallEventType.ABANDONED, "s")
                .queue("q")
                .waitMs(0L)
                .build());
    assertThat(step.deadLetter()).isNull();
  }

  @Test
  void shouldDeadLetterATalkEndItCannotMeasure() {
    long t0 = T0.toEpochMilli();
    CallProgress p = new CallProgress();
    tracking.start(
        p, CallEvent.builder("e0", "c1", t0, CallEventType.QUEUED, "s").queue("q").build());
    CallStep step =
        tracking.accept(
            p, CallEvent.builder("e1", "c1", t0 + 9_000, CallEventType.ENDED, "s").build());
    assertThat(step.deadLetter().reasonCode()).isEqualTo(DeadLetterReason.INVALID);
    assertThat(step.deadLetter().reason())
        .isEqualTo("ENDED has no talk time and the call's ANSWERED was not seen (call c1)");
  }

  @Test
  void shouldCountEventsThatArriveOutOfOrderWithoutMovingThePhaseBack() {
    List<CallEvent> events = CallScript.inbound("c1", "q", T0).answer("1127", 5).end(65).events();
    CallProgress p = new CallProgress();
    tracking.start(p, events.get(0));
    List<FactKind> kinds = new ArrayList<>();
    tracking.accept(p, events.get(2)).facts().forEach(f -> kinds.add(f.kind));
    tracking.accept(p, events.get(1)).facts().forEach(f -> kinds.add(f.kind));
    assertThat(kinds).containsExactly(FactKind.HANDLED, FactKind.ANSWERED);
    assertThat(p.phase).isEqualTo(CallPhase.WRAP_UP);
  }

  @Test
  void shouldFinishACallWhoseAnswerArrivesAfterItsHangUpInTheSameSecond() {
    // The real queue_log has calls answered and hung up within one second (call 2340).
    List<CallEvent> events = CallScript.inbound("c1", "q", T0).answer("1109", 7).end(7).events();
    CallProgress p = new CallProgress();
    tracking.start(p, events.get(0));
    assertThat(tracking.accept(p, events.get(2)).facts())
        .extracting(f -> f.kind)
        .containsExactly(FactKind.HANDLED);
    assertThat(tracking.accept(p, events.get(1)).facts())
        .extracting(f -> f.kind)
        .containsExactly(FactKind.ANSWERED);
    assertThat(p.phase).isEqualTo(CallPhase.WRAP_UP);
    assertThat(tracking.expire(p).deadLetter()).isNull();
  }

  @Test
  void shouldTakeHoldsOfTheSameSecondInTheOrderTheyArrive() {
    CallProgress p = new CallProgress();
    run(p, CallScript.inbound("c1", "q", T0).answer("1127", 5).hold(20, 20).events());
    assertThat(p.phase).isEqualTo(CallPhase.TALKING);
  }

  @Test
  void shouldOfferATransferredCallAgainInTheQueueItEnters() {
    CallProgress p = new CallProgress();
    List<CallEvent> first =
        CallScript.inbound("c1", "sales", T0)
            .answer("1127", 5)
            .transfer(60, TransferKind.BLIND, "support@queues")
            .events();
    List<CallFact> facts = run(p, first);
    assertThat(facts.get(2).transferred).isTrue();
    CallEvent requeued =
        CallEvent.builder("c1#re", "c1", T0.toEpochMilli() + 61_000, CallEventType.QUEUED, "s")
            .queue("support")
            .build();
    CallFact offered = tracking.accept(p, requeued).facts().get(0);
    assertThat(offered.kind).isEqualTo(FactKind.OFFERED);
    assertThat(offered.queue).isEqualTo("support");
    assertThat(p.phase).isEqualTo(CallPhase.WAITING);
  }

  @Test
  void shouldGiveUpAnUnfinishedCallAtItsDeadline() {
    CallProgress p = new CallProgress();
    run(p, CallScript.inbound("c9", "q", T0).events());
    assertThat(tracking.deadline(p)).isEqualTo(T0.toEpochMilli() + Duration.ofHours(4).toMillis());
    CallStep expired = tracking.expire(p);
    assertThat(expired.facts()).extracting(f -> f.kind).containsExactly(FactKind.LOST);
    assertThat(expired.deadLetter().reasonCode()).isEqualTo(DeadLetterReason.CALL_NEVER_ENDED);
    assertThat(expired.deadLetter().reason())
        .isEqualTo(
            "call c9 was still waiting PT4H after its last event at 2024-03-01T09:00:00Z;"
                + " it was dropped from the live view");
  }

  @Test
  void eachWayOfLeavingTheQueueUnansweredIsAFactOfItsOwnWithItsWait() {
    // Queue statistics count these apart: only ABANDONED is an abandon in the service level.
    List<List<CallEvent>> calls =
        List.of(
            CallScript.inbound("c1", "q", T0).abandon(30).events(),
            CallScript.inbound("c2", "q", T0).timeout(300).events(),
            CallScript.inbound("c3", "q", T0).exitWithKey(45).events(),
            CallScript.inbound("c4", "q", T0).exitEmpty(5).events());
    List<FactKind> kinds = new ArrayList<>();
    List<Long> waits = new ArrayList<>();
    for (List<CallEvent> events : calls) {
      List<CallFact> facts = run(new CallProgress(), events);
      assertThat(facts).hasSize(2).first().extracting(f -> f.kind).isEqualTo(FactKind.OFFERED);
      kinds.add(facts.get(1).kind);
      waits.add(facts.get(1).waitMs);
    }
    assertThat(kinds)
        .containsExactly(
            FactKind.ABANDONED,
            FactKind.TIMED_OUT,
            FactKind.EXITED_WITH_KEY,
            FactKind.EXITED_EMPTY);
    assertThat(waits).containsExactly(30_000L, 300_000L, 45_000L, 5_000L);
  }

  @Test
  void shouldForgetAFinishedCallQuietlyAfterTheRetention() {
    CallProgress p = new CallProgress();
    run(p, CallScript.inbound("c1", "q", T0).abandon(30).events());
    assertThat(tracking.deadline(p))
        .isEqualTo(T0.toEpochMilli() + 30_000 + Duration.ofMinutes(30).toMillis());
    assertThat(tracking.expire(p).facts()).isEmpty();
    assertThat(tracking.expire(p).deadLetter()).isNull();
  }

  @Test
  void shouldNameTheCallAndTheGraceInAnUnknownCallDeadLetter() {
    CallEvent orphan =
        CallEvent.builder("x", "c404", T0.toEpochMilli(), CallEventType.ENDED, "s")
            .talkMs(1000L)
            .build();
    assertThat(CallTracking.unknownCall(orphan, Duration.ofMinutes(1)).reason())
        .isEqualTo(
            "ENDED for call c404 but no QUEUED event for that call was seen within PT1M"
                + " of it");
  }
}
