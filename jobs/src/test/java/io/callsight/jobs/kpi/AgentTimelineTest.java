package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.AgentKpi;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentTimelineTest {
  static final Intervals QUARTERS = Intervals.fixed(Duration.ofMinutes(15), ZoneOffset.UTC);
  static final long T9 = Instant.parse("2024-03-01T09:00:00Z").toEpochMilli();
  static final long S = 1000;
  static final long MIN = 60 * S;
  static final long HOUR = 60 * MIN;

  static AgentInput in(long t, AgentInputKind kind) {
    return new AgentInput("1127", t, kind, kind == AgentInputKind.LOGIN ? "sales" : null, "c1");
  }

  static AgentInput wrapupEnd(long t, Boolean caseEntered) {
    AgentInput i = in(t, AgentInputKind.WRAPUP_ENDED);
    i.caseEntered = caseEntered;
    return i;
  }

  @Test
  void shouldSplitAnAgentsTimeByStateAndInterval() {
    AgentTimeline tl = new AgentTimeline("1127");
    tl.accept(in(T9, AgentInputKind.LOGIN), QUARTERS);
    tl.accept(in(T9 + 2 * MIN, AgentInputKind.ANSWERED), QUARTERS);
    tl.accept(in(T9 + 4 * MIN, AgentInputKind.HOLD_START), QUARTERS);
    tl.accept(in(T9 + 5 * MIN, AgentInputKind.HOLD_END), QUARTERS);
    tl.accept(in(T9 + 14 * MIN, AgentInputKind.TALK_ENDED), QUARTERS);
    tl.accept(in(T9 + 14 * MIN, AgentInputKind.WRAPUP_STARTED), QUARTERS);
    tl.accept(wrapupEnd(T9 + 16 * MIN, true), QUARTERS);
    tl.accept(in(T9 + 20 * MIN, AgentInputKind.NOT_READY), QUARTERS);
    tl.accept(in(T9 + 25 * MIN, AgentInputKind.LOGOUT), QUARTERS);

    List<AgentKpi> rows = tl.close(T9 + 30 * MIN, QUARTERS, HOUR, 0);
    assertThat(rows).hasSize(2);
    AgentKpi first = rows.get(0);
    assertThat(first.intervalStart()).isEqualTo("2024-03-01T09:00:00Z");
    assertThat(first.staffedSeconds()).isEqualTo(900.0);
    assertThat(first.availableSeconds()).isEqualTo(120.0);
    assertThat(first.talkSeconds()).isEqualTo(660.0); // 2-4 and 5-14 minutes
    assertThat(first.holdSeconds()).isEqualTo(60.0);
    assertThat(first.afterCallWorkSeconds()).isEqualTo(60.0);
    assertThat(first.handleSeconds()).isEqualTo(780.0);
    assertThat(first.answered()).isEqualTo(1);
    assertThat(first.handled()).isEqualTo(1);
    assertThat(first.holds()).isEqualTo(1);
    assertThat(first.ahtSeconds()).isEqualTo(780.0);
    assertThat(first.occupancy()).isEqualTo(780.0 / 900.0);
    assertThat(first.utilisation()).isEqualTo(780.0 / 900.0);
    AgentKpi second = rows.get(1);
    assertThat(second.afterCallWorkSeconds()).isEqualTo(60.0);
    assertThat(second.availableSeconds()).isEqualTo(240.0);
    assertThat(second.notReadySeconds()).isEqualTo(300.0);
    assertThat(second.staffedSeconds()).isEqualTo(600.0);
    assertThat(second.casesEntered()).isEqualTo(1);
    assertThat(second.entryRate()).isEqualTo(1.0);
    assertThat(second.occupancy()).isEqualTo(60.0 / 300.0);
    assertThat(tl.isIdle()).isFalse(); // closed rows stay correctable for the lateness
    tl.close(T9 + 30 * MIN + HOUR, QUARTERS, HOUR, 0);
    assertThat(tl.isIdle()).isTrue();
  }

  @Test
  void shouldReclassifyAfterCallWorkWhenTheWrapUpEndReportsItsStart() {
    AgentTimeline tl = new AgentTimeline("1127");
    tl.accept(in(T9, AgentInputKind.LOGIN), QUARTERS);
    tl.accept(in(T9 + MIN, AgentInputKind.ANSWERED), QUARTERS);
    tl.accept(in(T9 + 3 * MIN, AgentInputKind.TALK_ENDED), QUARTERS);
    // The wrap-up end arrives 1 minute later and says ACW took 60 s, as CallFact would.
    CallFact wrap = new CallFact(FactKind.WRAPPED_UP, "c1", "sales", "1127", T9 + 4 * MIN);
    wrap.wrapupMs = MIN;
    wrap.caseEntered = false;
    AgentInput.of(wrap).forEach(i -> tl.accept(i, QUARTERS));
    AgentKpi row = tl.close(T9 + 15 * MIN, QUARTERS, HOUR, 0).get(0);
    assertThat(row.talkSeconds()).isEqualTo(120.0);
    assertThat(row.afterCallWorkSeconds()).isEqualTo(60.0);
    assertThat(row.availableSeconds()).isEqualTo(60.0 + 11 * 60.0);
    assertThat(row.entryRate()).isEqualTo(0.0);
  }

  @Test
  void shouldMoveTimeToAfterCallWorkAcrossAClosedIntervalWithoutAReplay() {
    AgentTimeline tl = new AgentTimeline("1127");
    tl.accept(in(T9, AgentInputKind.LOGIN), QUARTERS);
    tl.accept(in(T9 + MIN, AgentInputKind.ANSWERED), QUARTERS);
    tl.accept(in(T9 + 14 * MIN, AgentInputKind.TALK_ENDED), QUARTERS);
    AgentKpi first = tl.close(T9 + 16 * MIN, QUARTERS, HOUR, 0).get(0);
    assertThat(first.availableSeconds()).isEqualTo(120.0);
    // Wrap-up from 09:14 to 09:17 is reported at 09:17: a minute of the closed row was ACW.
    CallFact wrap = new CallFact(FactKind.WRAPPED_UP, "c1", "sales", "1127", T9 + 17 * MIN);
    wrap.wrapupMs = 3 * MIN;
    AgentInput.of(wrap).forEach(i -> tl.accept(i, QUARTERS));
    List<AgentKpi> rows = tl.close(T9 + 30 * MIN, QUARTERS, HOUR, 0);
    assertThat(rows)
        .extracting(AgentKpi::intervalStart, AgentKpi::revision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2024-03-01T09:00:00Z", 1),
            org.assertj.core.groups.Tuple.tuple("2024-03-01T09:15:00Z", 0));
    assertThat(rows.get(0).availableSeconds()).isEqualTo(60.0);
    assertThat(rows.get(0).afterCallWorkSeconds()).isEqualTo(60.0);
    assertThat(rows.get(1).afterCallWorkSeconds()).isEqualTo(120.0);
    assertThat(rows.get(1).availableSeconds()).isEqualTo(780.0);
  }

  @Test
  void shouldFoldInputsFromSeveralStreamsInTimeOrderOnceTheWatermarkPassesThem() {
    AgentTimeline tl = new AgentTimeline("1127");
    long watermark = T9 - 1;
    // Arrival order from two merged streams: the talk end before the answer and the log-in.
    tl.offer(in(T9 + 10 * MIN, AgentInputKind.TALK_ENDED), QUARTERS, watermark);
    tl.offer(in(T9 + 2 * MIN, AgentInputKind.ANSWERED), QUARTERS, watermark);
    tl.offer(in(T9, AgentInputKind.LOGIN), QUARTERS, watermark);
    assertThat(tl.pending)
        .extracting(i -> i.kind)
        .containsExactly(AgentInputKind.LOGIN, AgentInputKind.ANSWERED, AgentInputKind.TALK_ENDED);
    List<AgentKpi> rows = tl.close(T9 + 15 * MIN, QUARTERS, HOUR, 0);
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.revision()).isZero();
              assertThat(r.talkSeconds()).isEqualTo(480.0);
              assertThat(r.availableSeconds()).isEqualTo(420.0);
            });
    assertThat(tl.pending).isEmpty();
  }

  @Test
  void shouldKeepArrivalOrderAtTheSameTimeAndFoldOnlyWhatTheWatermarkPassed() {
    AgentTimeline tl = new AgentTimeline("1127");
    long watermark = T9 - 1;
    tl.offer(in(T9 + 20 * MIN, AgentInputKind.LOGOUT), QUARTERS, watermark);
    tl.offer(in(T9, AgentInputKind.LOGIN), QUARTERS, watermark);
    tl.offer(in(T9 + 5 * MIN, AgentInputKind.TALK_ENDED), QUARTERS, watermark);
    tl.offer(in(T9 + 5 * MIN, AgentInputKind.WRAPUP_STARTED), QUARTERS, watermark);
    tl.offer(in(T9 + MIN, AgentInputKind.ANSWERED), QUARTERS, watermark);
    assertThat(tl.pending)
        .extracting(i -> i.kind)
        .containsExactly(
            AgentInputKind.LOGIN,
            AgentInputKind.ANSWERED,
            AgentInputKind.TALK_ENDED,
            AgentInputKind.WRAPUP_STARTED,
            AgentInputKind.LOGOUT);

    tl.close(T9 + 10 * MIN, QUARTERS, HOUR, 0);
    assertThat(tl.pending).extracting(i -> i.kind).containsExactly(AgentInputKind.LOGOUT);
    assertThat(tl.inputs)
        .extracting(i -> i.kind)
        .containsExactly(
            AgentInputKind.LOGIN,
            AgentInputKind.ANSWERED,
            AgentInputKind.TALK_ENDED,
            AgentInputKind.WRAPUP_STARTED);
  }

  @Test
  void shouldShowAfterCallWorkLiveOnceTheSwitchReportsWrapUps() {
    AgentTimeline tl = new AgentTimeline("1127");
    tl.offer(in(T9, AgentInputKind.LOGIN), QUARTERS, Long.MIN_VALUE);
    tl.offer(in(T9 + MIN, AgentInputKind.ANSWERED), QUARTERS, Long.MIN_VALUE);
    assertThat(tl.live.effective()).isEqualTo(AgentActivity.ON_CALL);
    tl.offer(in(T9 + 2 * MIN, AgentInputKind.TALK_ENDED), QUARTERS, Long.MIN_VALUE);
    assertThat(tl.live.effective()).isEqualTo(AgentActivity.READY);
    tl.offer(in(T9 + 3 * MIN, AgentInputKind.WRAPUP_STARTED), QUARTERS, Long.MIN_VALUE);
    tl.offer(wrapupEnd(T9 + 3 * MIN, true), QUARTERS, Long.MIN_VALUE);
    tl.offer(in(T9 + 4 * MIN, AgentInputKind.ANSWERED), QUARTERS, Long.MIN_VALUE);
    tl.offer(in(T9 + 5 * MIN, AgentInputKind.TALK_ENDED), QUARTERS, Long.MIN_VALUE);
    assertThat(tl.live.effective()).isEqualTo(AgentActivity.AFTER_CALL_WORK);
  }

  @Test
  void shouldCorrectAClosedRowWhenAnInputArrivesLate() {
    AgentTimeline tl = new AgentTimeline("1127");
    tl.accept(in(T9, AgentInputKind.LOGIN), QUARTERS);
    AgentKpi before = tl.close(T9 + 16 * MIN, QUARTERS, HOUR, 0).get(0);
    assertThat(before.availableSeconds()).isEqualTo(900.0);
    // A pause at 09:10 shows up late.
    assertThat(tl.accept(in(T9 + 10 * MIN, AgentInputKind.NOT_READY), QUARTERS)).isTrue();
    List<AgentKpi> rows = tl.close(T9 + 17 * MIN, QUARTERS, HOUR, 0);
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.revision()).isEqualTo(1);
              assertThat(r.intervalStart()).isEqualTo("2024-03-01T09:00:00Z");
              assertThat(r.availableSeconds()).isEqualTo(600.0);
              assertThat(r.notReadySeconds()).isEqualTo(300.0);
            });
    // The open interval carries the pause on.
    AgentKpi next = tl.close(T9 + 31 * MIN, QUARTERS, HOUR, 0).get(0);
    assertThat(next.notReadySeconds()).isEqualTo(900.0);
  }

  @Test
  void shouldReplayFromAnEarlierIntervalWhenTheWholeHistoryIsKept() {
    AgentTimeline tl = new AgentTimeline("1127");
    tl.accept(in(T9 + 20 * MIN, AgentInputKind.NOT_READY), QUARTERS);
    tl.accept(in(T9 + 5 * MIN, AgentInputKind.LOGIN), QUARTERS);
    List<AgentKpi> rows = tl.close(T9 + 30 * MIN, QUARTERS, HOUR, 0);
    assertThat(rows).extracting(AgentKpi::availableSeconds).containsExactly(600.0, 300.0);
    assertThat(rows).extracting(AgentKpi::notReadySeconds).containsExactly(0.0, 600.0);
  }

  @Test
  void shouldRefuseAnInputOlderThanWhatCanStillBeCorrected() {
    AgentTimeline tl = new AgentTimeline("1127");
    tl.accept(in(T9, AgentInputKind.LOGIN), QUARTERS);
    tl.close(T9 + 3 * HOUR, QUARTERS, HOUR, 0);
    assertThat(tl.accept(in(T9 + MIN, AgentInputKind.NOT_READY), QUARTERS)).isFalse();
  }

  @Test
  void shouldKeepAgentsLoggedInOnlyToSomeQueuesStaffedUntilTheLastLeaves() {
    AgentTimeline tl = new AgentTimeline("1127");
    tl.accept(new AgentInput("1127", T9, AgentInputKind.LOGIN, "sales", null), QUARTERS);
    tl.accept(new AgentInput("1127", T9, AgentInputKind.LOGIN, "support", null), QUARTERS);
    tl.accept(new AgentInput("1127", T9 + MIN, AgentInputKind.LOGOUT, "sales", null), QUARTERS);
    assertThat(tl.state.staffed()).isTrue();
    assertThat(tl.state.queues).containsExactly("support");
    tl.accept(
        new AgentInput("1127", T9 + 2 * MIN, AgentInputKind.LOGOUT, "support", null), QUARTERS);
    assertThat(tl.state.staffed()).isFalse();
  }

  @Test
  void shouldFreeTheAgentWhenTheirCallIsGivenUp() {
    AgentTimeline tl = new AgentTimeline("1127");
    tl.accept(in(T9, AgentInputKind.LOGIN), QUARTERS);
    tl.accept(in(T9 + MIN, AgentInputKind.ANSWERED), QUARTERS);
    assertThat(tl.state.effective()).isEqualTo(AgentActivity.ON_CALL);
    tl.accept(in(T9 + 2 * MIN, AgentInputKind.LOST), QUARTERS);
    assertThat(tl.state.effective()).isEqualTo(AgentActivity.READY);
  }

  @Test
  void shouldScheduleTheNextCloseAtTheIntervalEndWhileStaffed() {
    AgentTimeline tl = new AgentTimeline("1127");
    tl.accept(in(T9 + MIN, AgentInputKind.LOGIN), QUARTERS);
    assertThat(tl.nextDue(QUARTERS, HOUR)).isEqualTo(T9 + 15 * MIN - 1);
  }
}
