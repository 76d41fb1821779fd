package io.callsight.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlShapeTest {
  @Test
  void findsDatasourcesColumnsAliasesAndOutputsThroughSubqueries() {
    SqlShape shape =
        SqlShape.of(
            "SELECT TIME_FLOOR(__time, 'P1D', NULL, 'UTC') AS \"day\", SUM(offered) AS offered,"
                + " APPROX_QUANTILE_DS(w, 0.9) FILTER (WHERE \"type\" = 'ANSWERED') AS p90, queue"
                + " FROM (SELECT __time, queue, LATEST_BY(offered, MILLIS_TO_TIMESTAMP(revision))"
                + " AS offered, w FROM queue_kpi WHERE __time >= MILLIS_TO_TIMESTAMP(1) - INTERVAL"
                + " '1' DAY AND queue IN ('a','b') GROUP BY __time, queue, w)"
                + " GROUP BY 1, queue ORDER BY 1 LIMIT 10");
    assertThat(shape.datasources()).containsExactly("queue_kpi");
    assertThat(shape.columns()).containsExactly("day", "offered", "p90", "queue");
    assertThat(shape.aliases()).contains("day", "offered", "p90");
    assertThat(shape.mentioned())
        .contains("__time", "offered", "revision", "queue", "type", "w")
        .doesNotContain("TIME_FLOOR", "LATEST_BY", "SUM", "MILLIS_TO_TIMESTAMP", "a");
  }

  @Test
  void refusesWhatIsNotSqlAndColumnsWithoutNames() {
    assertThatThrownBy(() -> SqlShape.of("SELEC queue FROM queue_kpi"))
        .hasMessageContaining("not valid SQL");
    assertThatThrownBy(() -> SqlShape.of("SELECT * FROM queue_kpi"))
        .hasMessageContaining("has no name");
    assertThatThrownBy(() -> SqlShape.of("SELECT MAX(offered) FROM queue_kpi"))
        .hasMessageContaining("'MAX(`offered`)' has no name");
  }
}
