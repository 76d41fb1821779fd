package io.callsight.jobs.quality.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.jobs.quality.QualityCalls;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.QualityScoring;
import io.callsight.quality.score.ScoreRows;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.AgentScorecardDay;
import io.callsight.schemas.ScoredCall;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class ScorecardBookTest {
  static final QualityOptions OPTIONS = QualityOptions.from(Map.of(), "test");

  @Test
  void reEmitsTheDayAsScoresAndKpiRowsArriveKeepingTheNewestOfEachAndForgetsItLater()
      throws Exception {
    KeyedTwoInputStreamOperatorTestHarness<String, ScoredCall, AgentKpi, AgentScorecardDay>
        harness =
            ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                new ScorecardBook(OPTIONS),
                ScorecardBook.callKey(OPTIONS),
                ScorecardBook.kpiKey(OPTIONS),
                Types.STRING);
    harness.setProcessingTime(1_000);
    ScoredCall call =
        new QualityScoring(OPTIONS)
            .score(
                QualityCalls.goodEnquiry("c1"),
                new ScoreRows.CallContext(
                    new io.callsight.quality.CallFacts(
                        "1024", null, null, null, null, null, null, null),
                    "sales",
                    QualityCalls.START.toEpochMilli()),
                1L)
            .call();
    harness.processElement1(new StreamRecord<>(call));
    harness.processElement2(
        new StreamRecord<>(QualityCalls.agentKpi("2024-01-02T09:00:00Z", 0, 10, 3_000, 0, null)));
    // A correction of the same interval replaces it; an older revision arriving late does not.
    harness.processElement2(
        new StreamRecord<>(QualityCalls.agentKpi("2024-01-02T09:00:00Z", 2, 12, 3_600, 0, null)));
    harness.processElement2(
        new StreamRecord<>(QualityCalls.agentKpi("2024-01-02T09:00:00Z", 1, 11, 3_300, 0, null)));

    var rows = harness.extractOutputValues();
    assertThat(rows).extracting(AgentScorecardDay::revision).containsExactly(0, 1, 2);
    AgentScorecardDay last = rows.get(2);
    assertThat(last.agentId()).isEqualTo("1024");
    assertThat(last.day()).isEqualTo("2024-01-02");
    assertThat(last.callsScored()).isEqualTo(1);
    assertThat(last.qaScore()).isEqualTo(100.0);
    assertThat(last.callsHandled()).isEqualTo(12);
    assertThat(last.ahtSeconds()).isEqualTo(300.0);

    harness.setProcessingTime(1_000 + ScorecardBook.RETENTION.toMillis());
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numProcessingTimeTimers()).isZero();
    harness.close();
  }
}
