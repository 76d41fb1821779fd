package io.callsight.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboards are well-formed Grafana JSON wired to the provisioned datasources. */
class DashboardJsonTest {
  static final Set<String> PANEL_TYPES =
      Set.of("row", "stat", "gauge", "bargauge", "barchart", "table", "timeseries");
  static final Set<String> BUILT_IN =
      Set.of("__from", "__to", "__rate_interval", "__range", "__interval");
  static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

  final List<Dashboard> dashboards = Dashboard.all();

  @Test
  void theFiveDashboardsHaveUniqueUidsAndTitles() {
    assertThat(dashboards.stream().map(Dashboard::uid))
        .containsExactlyInAnyOrder(
            "callsight-wall-board",
            "callsight-queue-history",
            "callsight-agent-performance",
            "callsight-qa-review",
            "callsight-pipeline-health");
    assertThat(dashboards.stream().map(Dashboard::title)).doesNotHaveDuplicates();
    for (Dashboard d : dashboards) {
      assertThat(d.json().path("schemaVersion").asInt()).as(d.toString()).isPositive();
      assertThat(d.json().path("editable").asBoolean(true)).as(d + " editable").isFalse();
      assertThat(d.json().path("time").path("from").asText()).as(d + " time").isNotEmpty();
      assertThat(d.json().path("refresh").asText()).as(d + " refresh").isNotEmpty();
    }
  }

  @Test
  void theWallBoardRefreshesEveryFiveSeconds() {
    assertThat(byUid("callsight-wall-board").json().path("refresh").asText()).isEqualTo("5s");
  }

  @Test
  void panelsHaveUniqueIdsKnownTypesAndATitle() {
    for (Dashboard d : dashboards) {
      Set<Integer> ids = new HashSet<>();
      for (JsonNode panel : d.panels()) {
        assertThat(ids.add(panel.path("id").asInt()))
            .as(d + " duplicate id " + panel.path("id"))
            .isTrue();
        assertThat(panel.path("id").asInt()).as(d + " panel id").isPositive();
        assertThat(PANEL_TYPES)
            .as(d + " panel " + panel.path("id"))
            .contains(panel.path("type").asText());
        assertThat(panel.path("title").asText()).as(d + " panel " + panel.path("id")).isNotBlank();
        if (!isRow(panel)) {
          assertThat(panel.path("description").asText())
              .as(d + " panel " + panel.path("id") + " description")
              .isNotBlank();
        }
      }
    }
  }

  @Test
  void panelsSitOnTheGridWithoutOverlapping() {
    for (Dashboard d : dashboards) {
      List<int[]> boxes = new ArrayList<>();
      for (JsonNode panel : d.panels()) {
        JsonNode g = panel.path("gridPos");
        int x = g.path("x").asInt(-1),
            y = g.path("y").asInt(-1),
            w = g.path("w").asInt(),
            h = g.path("h").asInt();
        String at = d + " panel " + panel.path("id") + " gridPos " + g;
        assertThat(x).as(at).isBetween(0, 23);
        assertThat(y).as(at).isNotNegative();
        assertThat(w).as(at).isPositive();
        assertThat(h).as(at).isPositive();
        assertThat(x + w).as(at).isLessThanOrEqualTo(24);
        for (int[] b : boxes) {
          boolean apart = x + w <= b[0] || b[0] + b[2] <= x || y + h <= b[1] || b[1] + b[3] <= y;
          assertThat(apart).as(at + " overlaps panel " + b[4]).isTrue();
        }
        boxes.add(new int[] {x, y, w, h, panel.path("id").asInt()});
      }
    }
  }

  @Test
  void everyPanelAndTargetUsesAProvisionedDatasource() {
    Set<String> provisioned = new HashSet<>();
    Provisioning.datasources().forEach(ds -> provisioned.add(ds.path("uid").asText()));
    for (Dashboard d : dashboards) {
      for (JsonNode panel : d.panels()) {
        if (isRow(panel)) {
          continue;
        }
        String at = d + " panel " + panel.path("id");
        assertThat(provisioned).as(at).contains(panel.path("datasource").path("uid").asText());
        assertThat(panel.path("targets")).as(at + " targets").isNotEmpty();
        for (JsonNode target : panel.path("targets")) {
          assertThat(provisioned)
              .as(at + " " + target.path("refId"))
              .contains(target.path("datasource").path("uid").asText());
        }
      }
      for (JsonNode variable : d.variables()) {
        if (variable.path("type").asText().equals("query")) {
          assertThat(provisioned)
              .as(d + " variable " + variable.path("name"))
              .contains(variable.path("datasource").path("uid").asText());
        }
      }
    }
  }

  @Test
  void everyVariableUsedIsDefinedAndEveryRepeatRepeatsOne() {
    for (Dashboard d : dashboards) {
      Set<String> defined = new HashSet<>(BUILT_IN);
      d.variables().forEach(v -> defined.add(v.path("name").asText()));
      for (JsonNode panel : d.panels()) {
        String at = d + " panel " + panel.path("id");
        assertThat(defined).as(at).containsAll(used(panel.toString()));
        if (panel.has("repeat")) {
          assertThat(defined).as(at + " repeat").contains(panel.path("repeat").asText());
        }
      }
    }
  }

  @Test
  void fieldsNamedInOverridesAndTransformationsAreColumnsTheQueriesReturn() {
    long from = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
    for (Dashboard d : dashboards) {
      GrafanaMacros macros =
          DashboardQueries.macros(
              d, from, from + 86_400_000L, Map.of("queue", List.of("q"), "agent", List.of("a")));
      for (JsonNode panel : d.panels()) {
        List<DashboardQueries.PanelQuery> queries =
            DashboardQueries.of(d).stream()
                .filter(q -> q.panelId() == panel.path("id").asInt())
                .toList();
        if (queries.isEmpty()) {
          continue;
        }
        Set<String> columns = new LinkedHashSet<>();
        queries.forEach(q -> columns.addAll(q.columns(macros)));
        String at = d + " panel " + panel.path("id") + " '" + panel.path("title").asText() + "'";
        for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
          if (override.path("matcher").path("id").asText().equals("byName")) {
            assertThat(columns).as(at).contains(override.path("matcher").path("options").asText());
          }
        }
        for (JsonNode transformation : panel.path("transformations")) {
          String configRef = transformation.path("options").path("configRefId").asText();
          for (JsonNode mapping : transformation.path("options").path("mappings")) {
            List<String> refColumns =
                queries.stream()
                    .filter(q -> q.refId().equals(configRef))
                    .flatMap(q -> q.columns(macros).stream())
                    .toList();
            assertThat(refColumns)
                .as(at + " transformation")
                .contains(mapping.path("fieldName").asText());
          }
        }
      }
    }
  }

  @Test
  void pipelineHealthReadsPrometheusOnly() {
    for (JsonNode panel : byUid("callsight-pipeline-health").panels()) {
      for (JsonNode target : panel.path("targets")) {
        assertThat(target.path("datasource").path("uid").asText())
            .isEqualTo("callsight-prometheus");
        assertThat(target.path("expr").asText()).as("panel " + panel.path("id")).isNotBlank();
      }
    }
  }

  private Dashboard byUid(String uid) {
    return dashboards.stream().filter(d -> d.uid().equals(uid)).findFirst().orElseThrow();
  }

  private static boolean isRow(JsonNode panel) {
    return panel.path("type").asText().equals("row");
  }

  private static Set<String> used(String text) {
    Set<String> names = new HashSet<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
