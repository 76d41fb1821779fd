package io.callsight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.quality.text.Language;
import org.junit.jupiter.api.Test;

/** The quality job bench on a MiniCluster: every call scored, joined with its switch events. */
class QualityJobBenchITCase {
  @Test
  void everyCallIsScoredWithItsSwitchEventsWithoutWaiting() throws Exception {
    QualityJobBench.Run r = QualityJobBench.run(Language.ZH_CN, 20);

    assertThat(r.calls()).isEqualTo(20);
    assertThat(r.joined()).as("every wrap-up came: nothing waited for its call").isEqualTo(20);
    assertThat(r.deadLetters()).isZero();
    assertThat(r.scorecards()).as("one scorecard row per scored call").isEqualTo(20);
    assertThat(r.turns()).isEqualTo(20L * TenMinuteCall.of(Language.ZH_CN, 7).turns().size());
    assertThat(r.seconds()).isPositive();
    assertThat(r.cpuSeconds()).isPositive();
  }
}
