package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.schemas.ServiceLevelFormula;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiOptionsTest {
  @Test
  void shouldUseDesignDefaults() {
    KpiOptions o = KpiOptions.defaults();
    assertThat(o.targetsFor("any")).isEqualTo(QueueTargets.DEFAULTS);
    assertThat(o.intervals().endOf(0)).isEqualTo(Duration.ofMinutes(15).toMillis());
    assertThat(o.repeatWindow()).isEqualTo(Duration.ofDays(7));
    assertThat(o.allowedLateness()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void shouldKnowEveryOptionItDeclares() throws Exception {
    for (java.lang.reflect.Field f : KpiOptions.class.getDeclaredFields()) {
      if (f.getType() == io.callsight.common.Option.class) {
        assertThat(KpiOptions.ALL)
            .as(f.getName())
            .contains((io.callsight.common.Option<?>) f.get(null));
      }
    }
  }

  @Test
  void shouldLetEachQueueOverrideItsTargets() {
    KpiOptions o =
        KpiOptions.from(
            Map.of(
                "kpi.sl-threshold", "PT30S",
                "kpi.queue.hotline.sl-threshold", "PT15S",
                "kpi.queue.hotline.sl-formula", "answered_within_t_over_offered"),
            "test");
    assertThat(o.targetsFor("sales").slThreshold()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.targetsFor("hotline").slThreshold()).isEqualTo(Duration.ofSeconds(15));
    assertThat(o.targetsFor("hotline").slFormula())
        .isEqualTo(ServiceLevelFormula.ANSWERED_WITHIN_T_OVER_OFFERED);
    assertThat(o.targetsFor("hotline").slTarget()).isEqualTo(0.8);
  }

  @Test
  void shouldStopStartUpWithAMessageNamingTheFileAndProblem() {
    assertThatThrownBy(() -> KpiOptions.from(Map.of("kpi.interval", "PT7M"), "kpi.properties"))
        .hasMessage(
            "kpi.properties: option kpi.interval: interval PT7M must divide a day evenly"
                + " (e.g. PT15M, PT30M, PT1H)");
    assertThatThrownBy(() -> KpiOptions.from(Map.of("kpi.queue.q.colour", "red"), "kpi.properties"))
        .hasMessageStartingWith("kpi.properties: kpi.queue.q.colour is not a per-queue option");
    assertThatThrownBy(() -> KpiOptions.from(Map.of("kpi.sl-target", "0"), "kpi.properties"))
        .hasMessageStartingWith("kpi.properties: service-level target must be in (0, 1]");
    assertThatThrownBy(() -> KpiOptions.from(Map.of("kpi.slthreshold", "PT5S"), "kpi.properties"))
        .hasMessageStartingWith("kpi.properties: unknown option [kpi.slthreshold]");
    assertThatThrownBy(
            () ->
                KpiOptions.from(Map.of("flink.checkpoint-interval", "PT0.005S"), "kpi.properties"))
        .hasMessage("kpi.properties: flink.checkpoint-interval must be at least 10 ms");
  }

  @Test
  void shouldGradeServiceLevelAlertsAroundTheTarget() {
    KpiOptions o = KpiOptions.defaults();
    AlertRule rule = o.serviceLevelRule(QueueTargets.DEFAULTS);
    assertThat(rule.warning()).isEqualTo(0.8);
    assertThat(rule.critical()).isEqualTo(0.65, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(o.waitingRule(QueueTargets.DEFAULTS).critical()).isEqualTo(20.0);
  }
}
