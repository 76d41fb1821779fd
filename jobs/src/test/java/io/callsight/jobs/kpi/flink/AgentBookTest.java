package io.callsight.jobs.kpi.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.kpi.AgentActivity;
import io.callsight.jobs.kpi.AgentInput;
import io.callsight.jobs.kpi.AgentInputKind;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.testkit.AgentScript;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentBookTest {
  static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
  static final long T = T0.toEpochMilli();
  static final long MIN = 60_000;
  KeyedOneInputStreamOperatorTestHarness<String, AgentInput, AgentKpi> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new AgentBook(KpiOptions.defaults()), i -> i.agentId, Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  void feed(AgentInput in) throws Exception {
    harness.processElement(in, in.time);
  }

  @Test
  void shouldEmitRowsAsIntervalsCloseAndForgetTheAgentAfterLogOut() throws Exception {
    AgentScript.agent("1127", T0)
        .login(0, "sales")
        .notReady(300, "break")
        .ready(600)
        .logout(1200)
        .events()
        .forEach(
            e -> {
              try {
                feed(AgentInput.of(e));
              } catch (Exception x) {
                throw new AssertionError(x);
              }
            });
    harness.processWatermark(T + 15 * MIN);
    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.availableSeconds()).isEqualTo(600.0);
              assertThat(r.notReadySeconds()).isEqualTo(300.0);
            });
    List<AgentStatus> statuses =
        harness.getSideOutput(AgentBook.STATUS).stream().map(StreamRecord::getValue).toList();
    assertThat(statuses)
        .extracting(s -> s.activity)
        .containsExactly(
            AgentActivity.READY,
            AgentActivity.NOT_READY,
            AgentActivity.READY,
            AgentActivity.LOGGED_OUT);
    assertThat(statuses).extracting(s -> s.queue).containsOnly("sales");
    harness.processWatermark(T + 30 * MIN);
    assertThat(harness.extractOutputValues()).hasSize(2);
    harness.processWatermark(T + 30 * MIN + KpiOptions.defaults().allowedLateness().toMillis());
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldForgetAStillLoggedInAgentAtTheEndOfABoundedInput() throws Exception {
    harness.close();
    harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new AgentBook(KpiOptions.from(java.util.Map.of("kpi.interval", "all"), "test")),
            i -> i.agentId,
            Types.STRING);
    feed(new AgentInput("1127", T, AgentInputKind.LOGIN, "sales", null));
    feed(new AgentInput("1127", T + 10 * MIN, AgentInputKind.NOT_READY, null, null));
    harness.processWatermark(Long.MAX_VALUE);
    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.availableSeconds()).isEqualTo(600.0);
              assertThat(r.staffedSeconds()).isEqualTo(600.0);
            });
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldDeadLetterAnInputForAnIntervalThatIsFinal() throws Exception {
    feed(new AgentInput("1127", T, AgentInputKind.LOGIN, "sales", null));
    harness.processWatermark(T + 3 * 60 * MIN);
    feed(new AgentInput("1127", T + MIN, AgentInputKind.NOT_READY, null, null));
    assertThat(harness.getSideOutput(DeadLetters.TAG))
        .singleElement()
        .satisfies(r -> assertThat(r.getValue().reasonCode()).isEqualTo(DeadLetterReason.TOO_LATE));
  }
}
