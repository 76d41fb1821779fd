package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void shouldPickTheNearestRankValue() {
    long[] v = {40, 10, 30, 20, 0, 0};
    assertThat(Percentiles.nearestRank(v, 4, 0.5)).isEqualTo(20);
    assertThat(Percentiles.nearestRank(v, 4, 0.9)).isEqualTo(40);
    assertThat(Percentiles.nearestRank(v, 1, 0.5)).isEqualTo(40);
    assertThat(Percentiles.nearestRank(v, 0, 0.5)).isNull();
    assertThat(v).containsExactly(40, 10, 30, 20, 0, 0);
  }
}
