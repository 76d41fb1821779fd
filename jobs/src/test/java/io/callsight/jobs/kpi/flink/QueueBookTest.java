package io.callsight.jobs.kpi.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.kpi.AgentActivity;
import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.FactKind;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.schemas.Alert;
import io.callsight.schemas.AlertLevel;
import io.callsight.schemas.AlertState;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.QueueKpi;
import io.callsight.schemas.QueueSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueueBookTest {
  static final long T = Instant.parse("2024-03-01T09:00:00Z").toEpochMilli();
  static final long S = 1000;
  static final long MIN = 60 * S;
  static final KpiOptions OPTIONS =
      KpiOptions.from(
          Map.of(
              "kpi.waiting-limit",
              "2",
              "kpi.snapshot.min-interval",
              "PT0.2S",
              "kpi.snapshot.interval",
              "PT5S"),
          "test");
  KeyedTwoInputStreamOperatorTestHarness<String, CallFact, AgentStatus, QueueKpi> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new QueueBook(OPTIONS), f -> f.queue, s -> s.queue, Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  static CallFact fact(FactKind kind, String call, long t, long waitMs) {
    CallFact f = new CallFact(kind, call, "sales", "1127", t);
    f.queuedAt = t - waitMs;
    f.waitMs = waitMs;
    return f;
  }

  void watermark(long t) throws Exception {
    harness.processWatermark1(new Watermark(t));
    harness.processWatermark2(new Watermark(t));
  }

  void feed(CallFact f) throws Exception {
    harness.processElement1(f, f.eventTime);
  }

  List<QueueSnapshot> snapshots() {
    var out = harness.getSideOutput(QueueBook.SNAPSHOTS);
    return out == null ? List.of() : out.stream().map(StreamRecord::getValue).toList();
  }

  List<Alert> alerts() {
    var out = harness.getSideOutput(QueueBook.ALERTS);
    return out == null ? List.of() : out.stream().map(StreamRecord::getValue).toList();
  }

  @Test
  void shouldEmitTheRowAtTheWatermarkAndACorrectionForLateData() throws Exception {
    feed(fact(FactKind.OFFERED, "c1", T + MIN, 0));
    feed(fact(FactKind.ANSWERED, "c1", T + MIN + 5 * S, 5 * S));
    watermark(T + 15 * MIN);
    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.offered()).isEqualTo(1);
              assertThat(r.serviceLevel()).isEqualTo(1.0);
              assertThat(r.revision()).isZero();
            });
    feed(fact(FactKind.ABANDONED, "c2", T + 2 * MIN, 40 * S));
    watermark(T + 20 * MIN);
    assertThat(harness.extractOutputValues()).hasSize(2);
    QueueKpi corrected = harness.extractOutputValues().get(1);
    assertThat(corrected.revision()).isEqualTo(1);
    assertThat(corrected.abandoned()).isEqualTo(1);
    assertThat(corrected.serviceLevel()).isEqualTo(0.5);
  }

  @Test
  void shouldDeadLetterAFactForAnIntervalThatIsFinal() throws Exception {
    watermark(T + 3 * 60 * MIN);
    feed(fact(FactKind.OFFERED, "c1", T + MIN, 0));
    assertThat(harness.getSideOutput(DeadLetters.TAG))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getValue().reasonCode()).isEqualTo(DeadLetterReason.TOO_LATE);
              assertThat(r.getValue().reason()).contains("OFFERED of call c1 in queue sales");
            });
  }

  @Test
  void shouldPublishASnapshotSoonAfterAChangeAndThenEveryFewSeconds() throws Exception {
    harness.setProcessingTime(0);
    harness.processElement2(new AgentStatus("1127", "sales", AgentActivity.READY, T), T);
    feed(fact(FactKind.OFFERED, "c1", T, 0));
    assertThat(snapshots()).isEmpty();
    harness.setProcessingTime(200);
    assertThat(snapshots())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.callsWaiting()).isEqualTo(1);
              assertThat(s.agentsReady()).isEqualTo(1);
            });
    harness.setProcessingTime(5_199);
    assertThat(snapshots()).hasSize(1);
    harness.setProcessingTime(5_200);
    assertThat(snapshots()).hasSize(2);
    assertThat(snapshots().get(1).longestWaitSeconds()).isEqualTo(5.2);
    assertThat(harness.numProcessingTimeTimers()).isEqualTo(1);
  }

  @Test
  void shouldRaiseAndClearAGradedAlertWhenCallsPileUp() throws Exception {
    harness.setProcessingTime(0);
    for (int i = 0; i < 4; i++) {
      feed(fact(FactKind.OFFERED, "c" + i, T, 0));
    }
    harness.setProcessingTime(200);
    assertThat(alerts())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.state()).isEqualTo(AlertState.RAISED);
              assertThat(a.level()).isEqualTo(AlertLevel.CRITICAL);
              assertThat(a.kind()).isEqualTo("CALLS_WAITING");
            });
    for (int i = 0; i < 4; i++) {
      feed(fact(FactKind.ANSWERED, "c" + i, T + 10 * S, 10 * S));
    }
    harness.setProcessingTime(400);
    assertThat(alerts()).hasSize(2);
    assertThat(alerts().get(1).state()).isEqualTo(AlertState.CLEARED);
  }
}
