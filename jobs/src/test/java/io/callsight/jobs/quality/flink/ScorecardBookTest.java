package io.callsight.jobs.quality.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callsight.jobs.quality.QualityCalls;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.QualityScoring;
import io.callsight.quality.score.ScoreRows;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.AgentScorecardDay;
import io.callsight.schemas.Json;
import io.callsight.schemas.ScoredCall;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class ScorecardBookTest {
  static final QualityOptions OPTIONS = QualityOptions.from(Map.of(), "test");
  static final QualityScoring SCORING = new QualityScoring(OPTIONS);

  @Test
  void reEmitsTheDayAsScoresAndKpiRowsArriveKeepingTheNewestOfEachAndForgetsItLater()
      throws Exception {
    KeyedTwoInputStreamOperatorTestHarness<String, ScoredCall, AgentKpi, AgentScorecardDay>
        harness = book();
    harness.processElement1(new StreamRecord<>(scored("c1")));
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

  @Test
  void aReScoreWithANewerRuleSetReplacesTheCallsScoreAndAnOlderOneArrivingLateDoesNot()
      throws Exception {
    KeyedTwoInputStreamOperatorTestHarness<String, ScoredCall, AgentKpi, AgentScorecardDay>
        harness = book();
    ScoredCall first = scored("c1");
    ScoredCall rescore = withVersionAndScore(first, first.ruleSetVersion() + 1, 40.0);

    harness.processElement1(new StreamRecord<>(first));
    harness.processElement1(new StreamRecord<>(rescore));
    harness.processElement1(new StreamRecord<>(first));
    harness.processElement1(new StreamRecord<>(scored("c2")));

    var rows = harness.extractOutputValues();
    assertThat(rows).extracting(AgentScorecardDay::revision).containsExactly(0, 1, 2);
    assertThat(rows).extracting(AgentScorecardDay::callsScored).containsExactly(1, 1, 2);
    assertThat(rows).extracting(AgentScorecardDay::qaScore).containsExactly(100.0, 40.0, 70.0);
    harness.close();
  }

  private static KeyedTwoInputStreamOperatorTestHarness<
          String, ScoredCall, AgentKpi, AgentScorecardDay>
      book() throws Exception {
    KeyedTwoInputStreamOperatorTestHarness<String, ScoredCall, AgentKpi, AgentScorecardDay>
        harness =
            ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                new ScorecardBook(OPTIONS),
                ScorecardBook.callKey(OPTIONS),
                ScorecardBook.kpiKey(OPTIONS),
                Types.STRING);
    harness.setProcessingTime(1_000);
    return harness;
  }

  /** The model enquiry, answered by agent 1024 in sales. */
  private static ScoredCall scored(String callId) {
    return SCORING
        .score(
            QualityCalls.goodEnquiry(callId),
            new ScoreRows.CallContext(
                new io.callsight.quality.CallFacts(
                    "1024", null, null, null, null, null, null, null),
                "sales",
                QualityCalls.START.toEpochMilli()),
            1L)
        .call();
  }

  private static ScoredCall withVersionAndScore(ScoredCall c, int version, double score)
      throws Exception {
    ObjectNode json = Json.mapper().valueToTree(c);
    json.put("ruleSetVersion", version).put("score", score);
    return Json.mapper().treeToValue(json, ScoredCall.class);
  }
}
