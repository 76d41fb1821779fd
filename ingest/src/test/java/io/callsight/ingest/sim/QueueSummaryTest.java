package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueueSummaryTest {
  @Test
  void serviceLevelCountsAbandonsAfterTheThresholdAsMissed() {
    QueueSummary sales = new QueueSummary("sales", 100, 80, 60, 15, 10, 2, 2, 1, 4);

    assertThat(sales.serviceLevel()).isEqualTo(60 / 90.0);
    assertThat(sales.abandonRate()).isEqualTo(0.15);
  }

  @Test
  void anIdleQueueMeetsItsServiceLevelAndLosesNobody() {
    QueueSummary idle = new QueueSummary("sales", 0, 0, 0, 0, 0, 0, 0, 0, 0);

    assertThat(idle.serviceLevel()).isEqualTo(1.0);
    assertThat(idle.abandonRate()).isZero();
  }
}
