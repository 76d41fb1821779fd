package io.callsight.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrafanaMacrosTest {
  final GrafanaMacros macros =
      GrafanaMacros.range(1000, 2000).with("queue", "sales", "o'brien").with("period", "P1D");

  @Test
  void replacesTheTimeRangeAndTheVariables() {
    assertThat(
            macros.apply(
                "WHERE __time >= MILLIS_TO_TIMESTAMP(${__from}) AND __time < MILLIS_TO_TIMESTAMP(${__to})"
                    + " AND queue IN (${queue:sqlstring}) -- ${period}"))
        .isEqualTo(
            "WHERE __time >= MILLIS_TO_TIMESTAMP(1000) AND __time < MILLIS_TO_TIMESTAMP(2000)"
                + " AND queue IN ('sales','o''brien') -- P1D");
  }

  @Test
  void refusesWhatGrafanaWouldNotReplaceTheSameWay() {
    assertThatThrownBy(() -> macros.apply("x = ${agent:sqlstring}"))
        .hasMessageContaining("no value for the variable ${agent}");
    assertThatThrownBy(() -> macros.apply("x = '${queue}'"))
        .hasMessageContaining("${queue} has several values");
    assertThatThrownBy(() -> macros.apply("x = ${queue:csv}"))
        .hasMessageContaining("unsupported format ${queue:csv}");
    assertThat(macros.apply("JSON_VALUE(v, '$.rule') = '${period}'"))
        .isEqualTo("JSON_VALUE(v, '$.rule') = 'P1D'");
    assertThatThrownBy(() -> macros.apply("x > $__timeFilter(__time)"))
        .hasMessageContaining("unsupported Grafana macro at '$__timeFilter");
    assertThatThrownBy(() -> macros.apply("x > ${__from:date:iso}"))
        .hasMessageContaining("unsupported Grafana macro");
  }
}
