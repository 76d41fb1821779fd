package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.QueueSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QueueLiveTest {
  static final Intervals QUARTERS = Intervals.fixed(Duration.ofMinutes(15), ZoneOffset.UTC);
  static final Intervals DAYS = Intervals.days(ZoneOffset.UTC);
  static final long T9 = Instant.parse("2024-03-01T09:00:00Z").toEpochMilli();
  static final long S = 1000;

  static CallFact fact(FactKind kind, String call, long t, long queuedAt, long waitMs) {
    CallFact f = new CallFact(kind, call, "sales", "a", t);
    f.queuedAt = queuedAt;
    f.waitMs = waitMs;
    return f;
  }

  QueueSnapshot snap(QueueLive live, long now) {
    return live.snapshot(
        "sales", now, QueueTargets.DEFAULTS, StaffingSettings.DEFAULTS, QUARTERS, DAYS);
  }

  @Test
  void shouldShowCallsWaitingAndTheLongestWaitNow() {
    QueueLive live = QueueLive.create(StaffingSettings.DEFAULTS);
    live.onFact(fact(FactKind.OFFERED, "c1", T9, T9, 0), QueueTargets.DEFAULTS, QUARTERS, DAYS);
    live.onFact(
        fact(FactKind.OFFERED, "c2", T9 + 10 * S, T9 + 10 * S, 0),
        QueueTargets.DEFAULTS,
        QUARTERS,
        DAYS);
    QueueSnapshot s = snap(live, T9 + 30 * S);
    assertThat(s.callsWaiting()).isEqualTo(2);
    assertThat(s.longestWaitSeconds()).isEqualTo(30.0);
    live.onFact(
        fact(FactKind.ANSWERED, "c1", T9 + 31 * S, T9, 31 * S),
        QueueTargets.DEFAULTS,
        QUARTERS,
        DAYS);
    s = snap(live, T9 + 40 * S);
    assertThat(s.callsWaiting()).isEqualTo(1);
    assertThat(s.longestWaitSeconds()).isEqualTo(30.0);
    assertThat(s.intervalOffered()).isEqualTo(2);
    assertThat(s.intervalAnswered()).isEqualTo(1);
    assertThat(s.intervalServiceLevel()).isEqualTo(0.0);
    assertThat(s.lastEventTime()).isEqualTo(T9 + 31 * S);
  }

  @Test
  void shouldCountAgentsByStateAndStartEachIntervalAfresh() {
    QueueLive live = QueueLive.create(StaffingSettings.DEFAULTS);
    live.onAgent("1", AgentActivity.READY, T9);
    live.onAgent("2", AgentActivity.ON_CALL, T9);
    live.onAgent("3", AgentActivity.ON_HOLD, T9);
    live.onAgent("4", AgentActivity.AFTER_CALL_WORK, T9);
    live.onAgent("5", AgentActivity.NOT_READY, T9);
    live.onAgent("5", AgentActivity.LOGGED_OUT, T9 + S);
    live.onFact(fact(FactKind.OFFERED, "c1", T9, T9, 0), QueueTargets.DEFAULTS, QUARTERS, DAYS);
    QueueSnapshot s = snap(live, T9 + 16 * 60 * S);
    assertThat(s.agentsStaffed()).isEqualTo(4);
    assertThat(s.agentsReady()).isEqualTo(1);
    assertThat(s.agentsOnCall()).isEqualTo(2);
    assertThat(s.agentsAfterCallWork()).isEqualTo(1);
    assertThat(s.agentsNotReady()).isZero();
    assertThat(s.intervalStart()).isEqualTo("2024-03-01T09:15:00Z");
    assertThat(s.intervalOffered()).isZero();
    assertThat(s.dayOffered()).isEqualTo(1);
  }

  @Test
  void shouldStaffForTheRecentArrivalRateByErlangC() {
    QueueLive live = QueueLive.create(StaffingSettings.DEFAULTS);
    // One call every 18 s = 200 per hour; with the default AHT of 180 s that is 10 Erlangs,
    // which the classic example staffs with 14 agents.
    for (int i = 0; i < 100; i++) {
      long t = T9 + i * 18 * S;
      live.onFact(fact(FactKind.OFFERED, "c" + i, t, t, 0), QueueTargets.DEFAULTS, QUARTERS, DAYS);
    }
    QueueSnapshot s = snap(live, T9 + 30 * 60 * S);
    assertThat(s.arrivalsPerHour()).isEqualTo(200.0);
    assertThat(s.ahtSeconds()).isNull();
    assertThat(s.agentsNeeded()).isEqualTo(14);
  }

  @Test
  void shouldNeedNoStaffingFigureWithoutTraffic() {
    QueueSnapshot s = snap(QueueLive.create(StaffingSettings.DEFAULTS), T9);
    assertThat(s.agentsNeeded()).isNull();
    assertThat(s.arrivalsPerHour()).isZero();
  }
}
