package io.callsight.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Druid query of every panel is found, substitutes to plain SQL and reads real columns. */
class DashboardQueriesTest {
  static final long FROM = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
  static final long TO = Instant.parse("2026-03-09T00:00:00Z").toEpochMilli();
  static final Map<String, List<String>> GIVEN =
      Map.of("queue", List.of("support", "o'brien line"), "agent", List.of("1001", "1002"));

  static GrafanaMacros macros(DashboardQueries.PanelQuery q) {
    return DashboardQueries.macros(q.dashboard(), FROM, TO, GIVEN);
  }

  @Test
  void extractsEveryDruidQueryOfEveryDashboard() {
    int builders = 0;
    for (Dashboard d : Dashboard.all()) {
      builders += countBuilders(d.json());
    }
    List<DashboardQueries.PanelQuery> queries = DashboardQueries.all();
    assertThat(queries).hasSize(builders);
    assertThat(queries.stream().map(q -> q.dashboard().uid()).distinct())
        .containsExactlyInAnyOrder(
            "callsight-wall-board",
            "callsight-queue-history",
            "callsight-agent-performance",
            "callsight-qa-review");
  }

  @Test
  void everyQuerySubstitutesToSqlWithoutMacros() {
    for (DashboardQueries.PanelQuery q : DashboardQueries.all()) {
      String sql = q.sql(macros(q));
      // A '$' that starts no macro (a JSON path: '$.rule') is SQL, as Grafana leaves it.
      assertThat(sql)
          .as(q.toString())
          .doesNotContainPattern("\\$[A-Za-z0-9_{]")
          .doesNotContain("[[");
      assertThat(sql).as(q.toString()).contains("FROM");
      if (q.template().contains("${__from}")) {
        assertThat(sql).as(q.toString()).contains("MILLIS_TO_TIMESTAMP(" + FROM + ")");
      }
      if (q.variables().contains("queue")) {
        assertThat(sql).as(q.toString()).contains("'support','o''brien line'");
      }
    }
  }

  @Test
  void everyQueryReadsOnlyDatasourcesAndColumnsThatExist() {
    DruidColumns druid = DruidColumns.load();
    List<String> problems = new ArrayList<>();
    for (DashboardQueries.PanelQuery q : DashboardQueries.all()) {
      problems.addAll(DashboardQueries.problems(q, macros(q), druid));
    }
    assertThat(problems).as("checked against " + druid).isEmpty();
  }

  @Test
  void everyQueryNamesTheColumnsItsPanelUses() {
    for (DashboardQueries.PanelQuery q : DashboardQueries.all()) {
      assertThat(q.columns(macros(q))).as(q.toString()).isNotEmpty().doesNotHaveDuplicates();
    }
  }

  @Test
  void everyVariableAQueryUsesIsDefinedOnItsDashboard() {
    for (DashboardQueries.PanelQuery q : DashboardQueries.all()) {
      List<String> defined =
          q.dashboard().variables().stream().map(v -> v.path("name").asText()).toList();
      assertThat(defined).as(q.toString()).containsAll(q.variables());
    }
  }

  @Test
  void reportsAColumnOrDatasourceThatDoesNotExist() throws Exception {
    Dashboard d = dashboardWith("SELECT LATEST(callsWaitng) AS w FROM queue_snapshot", "Waiting");
    DashboardQueries.PanelQuery q = DashboardQueries.of(d).get(0);
    assertThat(DashboardQueries.problems(q, macros(q), DruidColumns.fromContract()))
        .singleElement()
        .asString()
        .contains("test.json, panel 7 'Waiting' query A")
        .contains("column 'callsWaitng'");

    Dashboard other = dashboardWith("SELECT queue FROM queue_snapshots", "Queues");
    DashboardQueries.PanelQuery q2 = DashboardQueries.of(other).get(0);
    assertThat(DashboardQueries.problems(q2, macros(q2), DruidColumns.fromContract()))
        .anyMatch(p -> p.contains("datasource 'queue_snapshots'"));
  }

  @Test
  void refusesADruidTargetThatIsNotSql() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(
                "{\"uid\":\"t\",\"panels\":[{\"id\":1,\"title\":\"T\",\"targets\":[{\"refId\":\"A\","
                    + "\"datasource\":{\"uid\":\"callsight-druid\"},\"builder\":{\"queryType\":\"timeseries\"}}]}]}");
    assertThatThrownBy(() -> DashboardQueries.of(new Dashboard(Path.of("t.json"), json)))
        .hasMessageContaining(
            "t.json, panel 1 'T' query A is a Druid query but not builder.queryType sql");
  }

  @Test
  void theSpecsHaveNoColumnTheContractDoesNotPromise() {
    DruidColumns druid = DruidColumns.load();
    DruidColumns contract = DruidColumns.fromContract();
    for (String datasource : contract.byDatasource().keySet()) {
      if (druid.has(datasource)) {
        assertThat(contract.columns(datasource))
            .as(datasource + ": columns of the contract missing from " + druid.source())
            .containsAll(druid.columns(datasource));
      }
    }
  }

  private static Dashboard dashboardWith(String sql, String title) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    var panel = mapper.createObjectNode().put("id", 7).put("title", title).put("type", "stat");
    var target = panel.putArray("targets").addObject().put("refId", "A");
    target.putObject("datasource").put("uid", DashboardQueries.DRUID);
    target.putObject("builder").put("queryType", "sql").put("query", sql);
    var json = mapper.createObjectNode().put("uid", "test");
    json.putArray("panels").add(panel);
    return new Dashboard(Path.of("test.json"), json);
  }

  private static int countBuilders(JsonNode node) {
    int count = node.has("builder") ? 1 : 0;
    for (JsonNode child : node) {
      count += countBuilders(child);
    }
    return count;
  }
}
