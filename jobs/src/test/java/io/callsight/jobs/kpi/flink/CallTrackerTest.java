package io.callsight.jobs.kpi.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.FactKind;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.testkit.CallScript;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallTrackerTest {
  static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
  static final long T = T0.toEpochMilli();
  static final KpiOptions OPTIONS = KpiOptions.defaults();
  KeyedOneInputStreamOperatorTestHarness<String, CallEvent, CallFact> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new CallTracker(OPTIONS), CallEvent::callId, Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  void feed(List<CallEvent> events) throws Exception {
    for (CallEvent e : events) {
      harness.processElement(e, e.eventTime());
    }
  }

  List<DeadLetter> deadLetters() {
    return harness.getSideOutput(DeadLetters.TAG) == null
        ? List.of()
        : harness.getSideOutput(DeadLetters.TAG).stream().map(StreamRecord::getValue).toList();
  }

  @Test
  void shouldClearStateAndTimersOnceAFinishedCallIsPastItsRetention() throws Exception {
    feed(
        CallScript.inbound("c1", "sales", T0)
            .answer("1127", 10)
            .end(100)
            .wrapup(120, true)
            .events());
    assertThat(harness.extractOutputValues())
        .extracting(f -> f.kind)
        .containsExactly(
            FactKind.OFFERED, FactKind.ANSWERED, FactKind.HANDLED, FactKind.WRAPPED_UP);
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    harness.processWatermark(T + 120_000 + OPTIONS.finishedCallRetention().toMillis() - 1);
    assertThat(harness.numKeyedStateEntries()).isPositive();
    harness.processWatermark(T + 120_000 + OPTIONS.finishedCallRetention().toMillis());
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(deadLetters()).isEmpty();
  }

  @Test
  void shouldDeadLetterAndForgetACallThatNeverEnds() throws Exception {
    feed(CallScript.inbound("c1", "sales", T0).answer("1127", 10).events());
    harness.processWatermark(T + 10_000 + OPTIONS.callTtl().toMillis());
    assertThat(harness.extractOutputValues())
        .extracting(f -> f.kind)
        .containsExactly(FactKind.OFFERED, FactKind.ANSWERED, FactKind.LOST);
    assertThat(deadLetters())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reasonCode()).isEqualTo(DeadLetterReason.CALL_NEVER_ENDED);
              assertThat(d.reason())
                  .startsWith("call c1 was still talking PT4H after its last event");
            });
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldGiveUpAnUnfinishedCallOnlyTheTtlAfterItsLastEventWithOneTimer() throws Exception {
    long ttl = OPTIONS.callTtl().toMillis();
    harness.processElement(CallScript.inbound("c1", "sales", T0).events().get(0), T);
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    // A later event moves the deadline without moving the timer: it stays one timer.
    CallEvent answered =
        CallScript.inbound("c1", "sales", T0).answer("1127", 10).events().stream()
            .filter(e -> e.type() == CallEventType.ANSWERED)
            .findFirst()
            .orElseThrow();
    harness.processElement(answered, answered.eventTime());
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    // The first deadline passes: the timer finds the call heard from since and waits on.
    harness.processWatermark(T + ttl);
    assertThat(harness.extractOutputValues()).extracting(f -> f.kind).doesNotContain(FactKind.LOST);
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    harness.processWatermark(T + 10_000 + ttl - 1);
    assertThat(harness.extractOutputValues()).extracting(f -> f.kind).doesNotContain(FactKind.LOST);
    harness.processWatermark(T + 10_000 + ttl);
    assertThat(harness.extractOutputValues()).extracting(f -> f.kind).endsWith(FactKind.LOST);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldDeadLetterEventsOfACallWhoseStartNeverCame() throws Exception {
    CallEvent orphan =
        CallEvent.builder("x1", "c404", T, CallEventType.ENDED, "test").talkMs(60_000L).build();
    harness.processElement(orphan, T);
    harness.processElement(orphan, T); // the same event twice: one dead letter
    harness.processWatermark(T + Duration.ofMinutes(1).toMillis() - 1);
    assertThat(deadLetters()).isEmpty();
    harness.processWatermark(T + Duration.ofMinutes(1).toMillis());
    assertThat(deadLetters())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reasonCode()).isEqualTo(DeadLetterReason.UNKNOWN_CALL);
              assertThat(d.payload()).contains("\"callId\":\"c404\"");
            });
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldApplyEventsThatArriveBeforeTheirCallsStart() throws Exception {
    List<CallEvent> events = CallScript.inbound("c1", "sales", T0).answer("1127", 7).events();
    harness.processElement(events.get(1), events.get(1).eventTime());
    harness.processElement(events.get(0), events.get(0).eventTime());
    assertThat(harness.extractOutputValues())
        .extracting(f -> f.kind)
        .containsExactly(FactKind.OFFERED, FactKind.ANSWERED);
    assertThat(harness.extractOutputValues().get(1).waitMs).isEqualTo(7_000);
    harness.processWatermark(T + Duration.ofMinutes(2).toMillis());
    assertThat(deadLetters()).isEmpty();
  }

  @Test
  void shouldCountADuplicatedEventOnce() throws Exception {
    CallScript call = CallScript.inbound("c1", "sales", T0).abandon(30);
    feed(call.events());
    harness.processElement(call.last(), call.last().eventTime());
    assertThat(harness.extractOutputValues())
        .extracting(f -> f.kind)
        .containsExactly(FactKind.OFFERED, FactKind.ABANDONED);
  }

  @Test
  void shouldKeepTrackingAfterAClockWentBackwards() throws Exception {
    feed(CallScript.inbound("c1", "sales", T0).events());
    harness.processElement(
        CallEvent.builder("bad", "c1", T - 600_000, CallEventType.ANSWERED, "test")
            .queue("sales")
            .agentId("7")
            .build(),
        T - 600_000);
    feed(
        List.of(
            CallEvent.builder("good", "c1", T + 5_000, CallEventType.ANSWERED, "test")
                .queue("sales")
                .agentId("7")
                .build()));
    assertThat(deadLetters())
        .extracting(DeadLetter::reasonCode)
        .containsExactly(DeadLetterReason.CLOCK_BACKWARDS);
    assertThat(harness.extractOutputValues())
        .extracting(f -> f.kind)
        .containsExactly(FactKind.OFFERED, FactKind.ANSWERED);
  }
}
