package io.callsight.quality.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentScorecardTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void attainmentIsLinearBetweenTheEndsAndClampedOutside() {
    Target calls = new Target(30, 50, 15); // seed 002: 每天处理电话数 30–50, weight 15
    assertThat(calls.attainment(40)).isEqualTo(0.5);
    assertThat(calls.attainment(30)).isZero();
    assertThat(calls.attainment(55)).isEqualTo(1.0);
    assertThat(calls.attainment(12)).isZero();
    Target aht = new Target(360, 180, 10); // less is better
    assertThat(aht.attainment(270)).isEqualTo(0.5);
    assertThat(aht.attainment(150)).isEqualTo(1.0);
    assertThatThrownBy(() -> new Target(1, 1, 1)).hasMessageContaining("two different ends");
  }

  @Test
  void aDayIsScoredOnItsMeasuresWithTheWeightedMean() {
    AgentDay day = new AgentDay("1024", DAY);
    day.addScore(90, false, false)
        .addScore(100, false, true)
        .addScore(0, true, false)
        .addScore(70, false, false);
    day.addWork(40, 40 * 240.0, 3 * 3600.0, 36, 40);
    Map<Measure, Double> m = day.measures();
    assertThat(m.get(Measure.QA_SCORE)).isEqualTo(65.0);
    assertThat(m.get(Measure.CRITICAL_ERROR_RATE)).isEqualTo(0.25);
    assertThat(m.get(Measure.COMPLAINT_RATE)).isEqualTo(1 / 40.0);
    assertThat(m.get(Measure.ENTRY_RATE)).isEqualTo(0.9);
    assertThat(m.get(Measure.CALLS_HANDLED)).isEqualTo(40.0);
    assertThat(m.get(Measure.AHT_SECONDS)).isEqualTo(240.0);
    assertThat(m.get(Measure.OCCUPANCY)).isCloseTo(9600.0 / (9600 + 10800), within(1e-12));

    AgentScorecard.Row row = new AgentScorecard(AgentScorecard.DEFAULT_TARGETS).score(day);
    // QA 65 < 80 → 0; errors 25 % → 0; complaints 2.5 % → 0; entry 90 % → 0;
    // calls 40 → 0.5; AHT 240 s → (360-240)/180 = 2/3; occupancy 0.4706 → 0.
    assertThat(row.measures().get(Measure.CALLS_HANDLED).attainment()).isEqualTo(0.5);
    assertThat(row.measures().get(Measure.AHT_SECONDS).attainment())
        .isCloseTo(2 / 3.0, within(1e-12));
    double expected = (0.5 * 15 + 2 / 3.0 * 10) / (25 + 20 + 10 + 10 + 15 + 10 + 10);
    assertThat(row.weightedAttainment()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void measuresWithoutDataOrTargetAreLeftOut() {
    AgentDay quiet = new AgentDay("7", DAY).addScore(95, false, false);
    AgentScorecard.Row row =
        new AgentScorecard(
                Map.of(
                    Measure.QA_SCORE,
                    new Target(80, 95, 1),
                    Measure.ENTRY_RATE,
                    new Target(0.9, 1, 1)))
            .score(quiet);
    assertThat(row.measures()).containsOnlyKeys(Measure.QA_SCORE);
    assertThat(row.weightedAttainment()).isEqualTo(1.0);
    assertThat(new AgentScorecard(Map.of()).score(quiet).weightedAttainment()).isNull();
  }
}
