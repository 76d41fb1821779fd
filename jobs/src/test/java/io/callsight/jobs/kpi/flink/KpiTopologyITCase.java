package io.callsight.jobs.kpi.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.QueueKpi;
import io.callsight.schemas.TransferKind;
import io.callsight.testkit.AgentScript;
import io.callsight.testkit.CallScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole KPI topology on Flink's MiniCluster at parallelism 2, over messy bounded input. */
class KpiTopologyITCase {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static final Instant T9 = Instant.parse("2024-03-01T09:00:00Z");
  static final long T = T9.toEpochMilli();
  static final KpiOptions OPTIONS =
      KpiOptions.from(Map.of("kpi.live-snapshots", "false", "flink.parallelism", "2"), "test");

  static KpiReplay.Result run(List<CallEvent> calls, List<AgentEvent> agents) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    // No periodic watermarks, only the one at the end of the input: every event is in before any
    // timer fires. With them, a slow run could pass an event's grace period before its call's
    // QUEUED arrived, and a clock that went backwards would be dead-lettered as an unknown call.
    env.getConfig().setAutoWatermarkInterval(0);
    DataStream<CallEvent> callStream =
        env.fromData(calls)
            .assignTimestampsAndWatermarks(KpiJob.watermarks(OPTIONS, (e, t) -> e.eventTime()));
    DataStream<AgentEvent> agentStream =
        env.fromData(agents)
            .assignTimestampsAndWatermarks(KpiJob.watermarks(OPTIONS, (e, t) -> e.eventTime()));
    return KpiReplay.run(callStream, agentStream, null, OPTIONS);
  }

  @Test
  void shouldComputeIntervalKpisFromShuffledDuplicatedAndBrokenInput() throws Exception {
    List<CallEvent> calls = new ArrayList<>();
    // 09:00-09:15 in sales: 4 answered (2 within 20 s), 1 short abandon, 1 abandon after T.
    calls.addAll(
        CallScript.inbound("s1", "sales", T9.plusSeconds(10), "111")
            .answer("1127", 5)
            .hold(30, 50)
            .end(200)
            .wrapup(230, true)
            .events());
    calls.addAll(
        CallScript.inbound("s2", "sales", T9.plusSeconds(60), "222")
            .answer("1141", 20)
            .end(100)
            .events());
    calls.addAll(
        CallScript.inbound("s3", "sales", T9.plusSeconds(120), "111")
            .answer("1127", 45)
            .transfer(300, TransferKind.BLIND, "700@ext")
            .events());
    calls.addAll(
        CallScript.inbound("s4", "sales", T9.plusSeconds(180), "333")
            .answer("1141", 60)
            .end(120)
            .events());
    calls.addAll(CallScript.inbound("s5", "sales", T9.plusSeconds(240), "444").abandon(3).events());
    calls.addAll(
        CallScript.inbound("s6", "sales", T9.plusSeconds(300), "555").abandon(40).events());
    // 09:15-09:30 in support: one answered call, one timed out.
    calls.addAll(
        CallScript.inbound("p1", "support", T9.plusSeconds(960), "666")
            .answer("1127", 8)
            .end(68)
            .events());
    calls.addAll(CallScript.inbound("p2", "support", T9.plusSeconds(970)).timeout(300).events());
    // Noise: a duplicate, an event for a call never seen, a clock that went backwards.
    calls.add(calls.get(2));
    calls.add(
        CallEvent.builder("x1", "ghost", T + 500_000, CallEventType.ENDED, "test")
            .talkMs(1000L)
            .build());
    calls.add(
        CallEvent.builder("x2", "s2", T - 3_600_000, CallEventType.WRAPUP_ENDED, "test")
            .wrapupMs(1L)
            .build());
    Collections.shuffle(calls, new Random(42));

    List<AgentEvent> agents = new ArrayList<>();
    agents.addAll(AgentScript.agent("1127", T9).login(0, "sales").logout(1800).events());
    agents.addAll(AgentScript.agent("1141", T9).login(0, "sales").logout(900).events());

    KpiReplay.Result out = run(calls, agents);

    QueueKpi sales =
        out.queueRows().stream()
            .filter(
                r -> r.queue().equals("sales") && r.intervalStart().equals("2024-03-01T09:00:00Z"))
            .findFirst()
            .orElseThrow();
    assertThat(sales.offered()).isEqualTo(6);
    assertThat(sales.answered()).isEqualTo(4);
    assertThat(sales.answeredWithinThreshold()).isEqualTo(2);
    assertThat(sales.shortAbandoned()).isEqualTo(1);
    assertThat(sales.abandoned()).isEqualTo(1);
    assertThat(sales.serviceLevel()).isEqualTo(2.0 / 5);
    assertThat(sales.asaSeconds()).isEqualTo((5 + 20 + 45 + 60) / 4.0);
    assertThat(sales.transferred()).isEqualTo(1);
    assertThat(sales.repeatCallers()).isEqualTo(1);
    assertThat(sales.handled()).isEqualTo(4);
    assertThat(sales.held()).isEqualTo(1);

    QueueKpi support =
        out.queueRows().stream().filter(r -> r.queue().equals("support")).findFirst().orElseThrow();
    assertThat(support.intervalStart()).isEqualTo("2024-03-01T09:15:00Z");
    assertThat(support.offered()).isEqualTo(2);
    assertThat(support.timedOut()).isEqualTo(1);
    assertThat(support.abandoned()).isZero();

    assertThat(out.deadLetters())
        .extracting(DeadLetter::reasonCode)
        .containsExactlyInAnyOrder(DeadLetterReason.UNKNOWN_CALL, DeadLetterReason.CLOCK_BACKWARDS);

    AgentKpi agent1141 =
        out.agentRows().stream()
            .filter(
                r -> r.agentId().equals("1141") && r.intervalStart().equals("2024-03-01T09:00:00Z"))
            .findFirst()
            .orElseThrow();
    assertThat(agent1141.answered()).isEqualTo(2);
    assertThat(agent1141.handled()).isEqualTo(2);
    assertThat(agent1141.staffedSeconds()).isEqualTo(900.0);
    assertThat(agent1141.talkSeconds()).isEqualTo(80 + 60);
  }
}
