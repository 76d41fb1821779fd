package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.Alert;
import io.callsight.schemas.AlertLevel;
import io.callsight.schemas.AlertState;
import org.junit.jupiter.api.Test;

class AlertTrackerTest {
  static final AlertRule SERVICE_LEVEL = new AlertRule("SERVICE_LEVEL", false, 0.8, 0.65, 0.05);
  static final AlertRule WAITING = new AlertRule("CALLS_WAITING", true, 10, 20, 2);

  @Test
  void shouldRaiseEscalateAndClearAServiceLevelBreach() {
    AlertTracker t = new AlertTracker();
    assertThat(t.evaluate(SERVICE_LEVEL, "sales", 0.85, 1)).isNull();
    Alert raised = t.evaluate(SERVICE_LEVEL, "sales", 0.75, 2);
    assertThat(raised.state()).isEqualTo(AlertState.RAISED);
    assertThat(raised.level()).isEqualTo(AlertLevel.WARNING);
    assertThat(raised.message()).isEqualTo("sales: service level 75% is below the limit of 80%");
    Alert critical = t.evaluate(SERVICE_LEVEL, "sales", 0.60, 3);
    assertThat(critical.state()).isEqualTo(AlertState.UPDATED);
    assertThat(critical.level()).isEqualTo(AlertLevel.CRITICAL);
    assertThat(critical.alertId()).isEqualTo(raised.alertId());
    Alert cleared = t.evaluate(SERVICE_LEVEL, "sales", 0.90, 4);
    assertThat(cleared.state()).isEqualTo(AlertState.CLEARED);
    assertThat(cleared.alertId()).isEqualTo(raised.alertId());
    assertThat(t.evaluate(SERVICE_LEVEL, "sales", 0.75, 5).alertId())
        .isNotEqualTo(raised.alertId());
  }

  @Test
  void shouldNotFloodWhenAQueueWobblesAroundItsTarget() {
    AlertTracker t = new AlertTracker();
    int published = 0;
    double[] wobble = {0.79, 0.81, 0.79, 0.82, 0.78, 0.84, 0.79};
    for (int i = 0; i < wobble.length; i++) {
      if (t.evaluate(SERVICE_LEVEL, "q", wobble[i], i) != null) {
        published++;
      }
    }
    assertThat(published).isEqualTo(1);
    assertThat(t.level).isEqualTo(AlertLevel.WARNING);
    // Recovery past the target by the margin clears it.
    assertThat(t.evaluate(SERVICE_LEVEL, "q", 0.86, 9).state()).isEqualTo(AlertState.CLEARED);
  }

  @Test
  void shouldGradeCallsWaitingAndIgnoreUnmeasurableValues() {
    AlertTracker t = new AlertTracker();
    assertThat(t.evaluate(WAITING, "q", 25.0, 1).level()).isEqualTo(AlertLevel.CRITICAL);
    assertThat(t.evaluate(WAITING, "q", null, 2)).isNull();
    assertThat(t.evaluate(WAITING, "q", 19.0, 3)).isNull(); // within the margin of critical
    Alert down = t.evaluate(WAITING, "q", 15.0, 4);
    assertThat(down.level()).isEqualTo(AlertLevel.WARNING);
    assertThat(down.message()).isEqualTo("q: 15 calls waiting is at or above the limit of 10");
    assertThat(t.evaluate(WAITING, "q", 9.0, 5)).isNull();
    assertThat(t.evaluate(WAITING, "q", 7.0, 6).message())
        .isEqualTo("q: back to normal, 7 calls waiting");
  }
}
