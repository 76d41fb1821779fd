package io.callsight.jobs.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.callsight.quality.score.ScoreRows;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.AgentScorecardDay;
import io.callsight.schemas.ScoredCall;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardDaysTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final QualityOptions OPTIONS =
      QualityOptions.from(
          Map.of("kpi.time-zone", "Asia/Shanghai", "quality.scorecard.qaScore", "60,100,50"),
          "test");

  @Test
  void aDayOfScoredCallsAndKpiIntervalsGivesEveryMeasureAndTheWeightedAttainment() {
    QualityScoring scoring = new QualityScoring(OPTIONS);
    ScoredCall good =
        scoring
            .score(
                QualityCalls.goodEnquiry("c1"),
                new ScoreRows.CallContext(null, "sales", QualityCalls.START.toEpochMilli()),
                1L)
            .call();
    ScoredCall complaint =
        scoring
            .score(QualityCalls.unhandledComplaint("c2"), ScoreRows.CallContext.UNKNOWN, 1L)
            .call();
    AgentKpi morning = QualityCalls.agentKpi("2024-01-02T01:00:00Z", 0, 10, 3_000, 1_000, 0.9);
    AgentKpi afternoon = QualityCalls.agentKpi("2024-01-02T06:00:00Z", 1, 30, 6_000, 2_000, null);

    AgentScorecardDay d =
        ScorecardDays.row(
            "1024",
            LocalDate.parse("2024-01-02"),
            SHANGHAI,
            List.of(ScorecardCall.of(good), ScorecardCall.of(complaint)),
            List.of(morning, afternoon),
            OPTIONS.scorecard(),
            4,
            99L);

    assertThat(d.day()).isEqualTo("2024-01-02");
    assertThat(d.eventTime()).isEqualTo(1_704_124_800_000L); // midnight in Shanghai
    assertThat(d.revision()).isEqualTo(4);
    assertThat(d.callsScored()).isEqualTo(2);
    assertThat(d.qaScore()).isCloseTo((good.score() + complaint.score()) / 2, within(1e-9));
    assertThat(d.qaScoreAttainment()).isCloseTo((d.qaScore() - 60) / 40, within(1e-9));
    assertThat(d.criticalErrorRate()).isZero();
    assertThat(d.complaintRate()).isCloseTo(1 / 40.0, within(1e-9));
    assertThat(d.callsHandled()).isEqualTo(40);
    assertThat(d.callsHandledAttainment()).isCloseTo(0.5, within(1e-9)); // 30..50
    assertThat(d.ahtSeconds()).isCloseTo(9_000 / 40.0, within(1e-9));
    assertThat(d.occupancy()).isCloseTo(9_000 / 12_000.0, within(1e-9));
    assertThat(d.entryRate()).isCloseTo(0.9, within(1e-9)); // only the morning reported entry
    // Each measure against its target (worst, best), then weighted: qaScore 60..100 weight 50 (set
    // above), the rest the defaults.
    assertThat(d.criticalErrorRateAttainment()).isCloseTo(1, within(1e-9)); // 0.05..0, weight 20
    assertThat(d.complaintRateAttainment()).isZero(); // 0.025 is past 0.02..0, weight 10
    assertThat(d.entryRateAttainment()).isZero(); // 0.90..1.0, weight 10
    assertThat(d.ahtSecondsAttainment()).isCloseTo(0.75, within(1e-9)); // 360..180, weight 10
    assertThat(d.occupancyAttainment()).isCloseTo(0.6, within(1e-9)); // 0.60..0.85, weight 10
    double weighted =
        (50 * d.qaScoreAttainment() + 20 * 1 + 10 * 0 + 10 * 0 + 15 * 0.5 + 10 * 0.75 + 10 * 0.6)
            / (50 + 20 + 10 + 10 + 15 + 10 + 10);
    assertThat(d.weightedAttainment()).isCloseTo(weighted, within(1e-9));
  }

  @Test
  void aDayOfKpiRowsAloneHasNoQaMeasures() {
    AgentScorecardDay d =
        ScorecardDays.row(
            "1024",
            LocalDate.parse("2024-01-02"),
            SHANGHAI,
            List.of(),
            List.of(QualityCalls.agentKpi("2024-01-02T01:00:00Z", 0, 35, 7_000, 3_000, null)),
            OPTIONS.scorecard(),
            0,
            99L);
    assertThat(d.qaScore()).isNull();
    assertThat(d.qaScoreAttainment()).isNull();
    assertThat(d.criticalErrorRate()).isNull();
    assertThat(d.callsHandled()).isEqualTo(35);
  }

  @Test
  void aTargetThatIsNotWorstBestWeightStopsStartUpNamingTheKey() {
    assertThatThrownBy(
            () ->
                QualityOptions.from(Map.of("quality.scorecard.qaScore", "80-95"), "job.properties"))
        .hasMessageContaining("job.properties: quality.scorecard.qaScore: '80-95' is not a target");
    assertThatThrownBy(
            () ->
                QualityOptions.from(Map.of("quality.scorecard.smiles", "1,2,3"), "job.properties"))
        .hasMessageContaining("no scorecard measure 'smiles'");
  }
}
