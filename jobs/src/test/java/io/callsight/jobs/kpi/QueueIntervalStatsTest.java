package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callsight.schemas.QueueKpi;
import io.callsight.schemas.ServiceLevelFormula;
import org.junit.jupiter.api.Test;

class QueueIntervalStatsTest {
  static final QueueTargets TARGETS = QueueTargets.DEFAULTS; // T = 20 s, short abandon 5 s

  static CallFact fact(FactKind kind, long waitMs) {
    CallFact f = new CallFact(kind, "c", "q", "a", 1_000);
    f.waitMs = waitMs;
    return f;
  }

  static CallFact handled(long talkMs, long holdMs, int holds, boolean transferred) {
    CallFact f = new CallFact(FactKind.HANDLED, "c", "q", "a", 2_000);
    f.talkMs = talkMs;
    f.holdMs = holdMs;
    f.holdCount = holds;
    f.transferred = transferred;
    return f;
  }

  @Test
  void shouldComputeEveryKpiOfAnIntervalAsDesignDefinesIt() {
    QueueIntervalStats s = new QueueIntervalStats();
    for (int i = 0; i < 10; i++) {
      s.add(fact(FactKind.OFFERED, 0), TARGETS);
    }
    // Answered waits 5, 10, 20 (inclusive: within T), 30, 60 s.
    for (long w : new long[] {5_000, 10_000, 20_000, 30_000, 60_000}) {
      s.add(fact(FactKind.ANSWERED, w), TARGETS);
    }
    s.add(fact(FactKind.ABANDONED, 5_000), TARGETS); // short (within 5 s, inclusive)
    s.add(fact(FactKind.ABANDONED, 12_000), TARGETS); // abandoned within T
    s.add(fact(FactKind.ABANDONED, 45_000), TARGETS); // abandoned after T
    s.add(fact(FactKind.TIMED_OUT, 300_000), TARGETS);
    s.add(fact(FactKind.EXITED_WITH_KEY, 8_000), TARGETS);
    s.add(fact(FactKind.WITHDRAWN, 9_000), TARGETS);
    s.add(handled(100_000, 0, 0, false), TARGETS);
    s.add(handled(200_000, 30_000, 2, true), TARGETS);
    CallFact wrap = new CallFact(FactKind.WRAPPED_UP, "c", "q", "a", 3_000);
    wrap.wrapupMs = 20_000;
    s.add(wrap, TARGETS);
    s.add(new CallFact(FactKind.REPEAT_CALL, "c", "q", null, 1_000), TARGETS);
    s.add(new CallFact(FactKind.RING_NO_ANSWER, "c", "q", "b", 1_000), TARGETS);

    QueueKpi row = s.toRow("q", "2024-03-01T09:00:00Z", "2024-03-01T09:15:00Z", 0, TARGETS, 5);
    assertThat(row.offered()).isEqualTo(10);
    assertThat(row.answered()).isEqualTo(5);
    assertThat(row.answeredWithinThreshold()).isEqualTo(3);
    assertThat(row.shortAbandoned()).isEqualTo(1);
    assertThat(row.abandoned()).isEqualTo(2);
    assertThat(row.abandonedWithinThreshold()).isEqualTo(1);
    assertThat(row.timedOut()).isEqualTo(1);
    assertThat(row.exitedWithKey()).isEqualTo(1);
    assertThat(row.withdrawn()).isEqualTo(1);
    // SL = answered within T / (answered + abandoned after T) = 3 / (5 + 1)
    assertThat(row.serviceLevel()).isEqualTo(0.5);
    assertThat(row.asaSeconds()).isEqualTo(25.0); // (5+10+20+30+60)/5
    assertThat(row.waitP50Seconds()).isEqualTo(20.0);
    assertThat(row.waitP90Seconds()).isEqualTo(60.0);
    assertThat(row.maxWaitSeconds()).isEqualTo(300.0);
    assertThat(row.abandonedWaitSeconds()).isEqualTo(57.0);
    // abandonment = abandoned (not short) / (offered - short) = 2 / 9
    assertThat(row.abandonRate()).isCloseTo(2.0 / 9, within(1e-12));
    assertThat(row.handled()).isEqualTo(2);
    assertThat(row.avgTalkSeconds()).isEqualTo(150.0);
    assertThat(row.avgHoldSeconds()).isEqualTo(30.0);
    assertThat(row.avgAfterCallWorkSeconds()).isEqualTo(10.0);
    // AHT = (talk 300 + hold 30 + ACW 20) / 2 handled
    assertThat(row.ahtSeconds()).isEqualTo(175.0);
    assertThat(row.transferred()).isEqualTo(1);
    assertThat(row.transferRate()).isEqualTo(0.5);
    assertThat(row.held()).isEqualTo(1);
    assertThat(row.holds()).isEqualTo(2);
    assertThat(row.holdRate()).isEqualTo(0.5);
    assertThat(row.repeatCallers()).isEqualTo(1);
    assertThat(row.repeatCallerRate()).isEqualTo(0.1);
    assertThat(row.ringNoAnswer()).isEqualTo(1);
    assertThat(row.slThresholdSeconds()).isEqualTo(20);
    assertThat(row.slFormula()).isEqualTo(ServiceLevelFormula.DEFAULT);
  }

  @Test
  void shouldUseTheConfiguredFormulaAndThreshold() {
    QueueTargets t15 =
        TARGETS
            .withSlThreshold(java.time.Duration.ofSeconds(15))
            .withSlFormula(ServiceLevelFormula.ANSWERED_WITHIN_T_OVER_OFFERED);
    QueueIntervalStats s = new QueueIntervalStats();
    s.add(fact(FactKind.OFFERED, 0), t15);
    s.add(fact(FactKind.OFFERED, 0), t15);
    s.add(fact(FactKind.ANSWERED, 15_000), t15);
    s.add(fact(FactKind.ANSWERED, 16_000), t15);
    assertThat(s.serviceLevel(t15)).isEqualTo(0.5);
  }

  @Test
  void shouldLeaveRatiosUndefinedWhenNoCallDecidedThem() {
    QueueKpi row = new QueueIntervalStats().toRow("q", "a", "b", 0, TARGETS, 0);
    assertThat(row.serviceLevel()).isNull();
    assertThat(row.asaSeconds()).isNull();
    assertThat(row.ahtSeconds()).isNull();
    assertThat(row.abandonRate()).isNull();
    assertThat(row.waitP50Seconds()).isNull();
    assertThat(row.maxWaitSeconds()).isNull();
  }

  @Test
  void shouldKeepTheWaitsOfManyCalls() {
    QueueIntervalStats s = new QueueIntervalStats();
    for (int i = 1; i <= 1000; i++) {
      s.add(fact(FactKind.ANSWERED, i * 1000L), TARGETS);
    }
    QueueKpi row = s.toRow("q", "a", "b", 0, TARGETS, 0);
    assertThat(row.waitP50Seconds()).isEqualTo(500.0);
    assertThat(row.waitP90Seconds()).isEqualTo(900.0);
  }
}
