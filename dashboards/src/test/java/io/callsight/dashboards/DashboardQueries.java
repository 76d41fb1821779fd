package io.callsight.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Druid SQL query of the dashboards — each panel target on the Druid datasource and each
 * variable query — ready to have the time range and variables substituted and to run. A test that
 * runs them iterates {@link #all()}:
 *
 * <pre>{@code
 * for (PanelQuery q : DashboardQueries.all()) {
 *   GrafanaMacros macros = DashboardQueries.macros(q.dashboard(), from, to, Map.of(
 *       "queue", List.of("support"), "agent", List.of("1001")));
 *   String sql = q.sql(macros);                      // runnable Druid SQL
 *   List<String> columns = q.columns(macros);        // the columns the panel uses
 * }
 * }</pre>
 */
public final class DashboardQueries {
  /** The provisioned Druid datasource's uid. */
  public static final String DRUID = "callsight-druid";

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

  private DashboardQueries() {}

  /** One Druid SQL query of a dashboard. */
  public record PanelQuery(
      Dashboard dashboard, int panelId, String panel, String refId, String template) {
    /** The runnable SQL: the template with the time range and variables substituted. */
    public String sql(GrafanaMacros macros) {
      try {
        return macros.apply(template);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(this + ": " + e.getMessage(), e);
      }
    }

    /** What the substituted query reads and returns. */
    public SqlShape shape(GrafanaMacros macros) {
      try {
        return SqlShape.of(sql(macros));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(this + ": " + e.getMessage(), e);
      }
    }

    /** The columns the query returns, which the panel shows. */
    public List<String> columns(GrafanaMacros macros) {
      return shape(macros).columns();
    }

    /** The template variables the query uses (not the time range). */
    public Set<String> variables() {
      Set<String> names = new LinkedHashSet<>();
      Matcher m = VARIABLE.matcher(template);
      while (m.find()) {
        if (!m.group(1).startsWith("__")) {
          names.add(m.group(1));
        }
      }
      return names;
    }

    @Override
    public String toString() {
      return dashboard.file().getFileName()
          + ", "
          + (panelId > 0 ? "panel " + panelId + " '" + panel + "'" : panel)
          + " query "
          + refId;
    }
  }

  /** The Druid SQL queries of every dashboard. */
  public static List<PanelQuery> all() {
    List<PanelQuery> queries = new ArrayList<>();
    Dashboard.all().forEach(d -> queries.addAll(of(d)));
    return queries;
  }

  /**
   * The Druid SQL queries of one dashboard: panel targets, then variable queries.
   *
   * @throws IllegalStateException naming the panel when a Druid query is not SQL or is empty
   */
  public static List<PanelQuery> of(Dashboard dashboard) {
    List<PanelQuery> queries = new ArrayList<>();
    for (JsonNode panel : dashboard.panels()) {
      for (JsonNode target : panel.path("targets")) {
        JsonNode datasource =
            target.has("datasource") ? target.get("datasource") : panel.path("datasource");
        if (DRUID.equals(datasource.path("uid").asText())) {
          PanelQuery q =
              new PanelQuery(
                  dashboard,
                  panel.path("id").asInt(),
                  panel.path("title").asText(),
                  target.path("refId").asText(),
                  sqlOf(target));
          queries.add(requireSql(q, target));
        }
      }
    }
    for (JsonNode variable : dashboard.variables()) {
      if (DRUID.equals(variable.path("datasource").path("uid").asText())) {
        PanelQuery q =
            new PanelQuery(
                dashboard,
                0,
                "variable " + variable.path("name").asText(),
                "-",
                sqlOf(variable.path("query")));
        queries.add(requireSql(q, variable.path("query")));
      }
    }
    return queries;
  }

  /**
   * The macros for running a dashboard's queries: the time range, the given values of its query
   * variables (queue, agent), and the provisioned value of every other variable (trend period, time
   * zone).
   *
   * @throws IllegalArgumentException when a query variable of the dashboard has no given value
   */
  public static GrafanaMacros macros(
      Dashboard dashboard, long fromMillis, long toMillis, Map<String, List<String>> given) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (JsonNode variable : dashboard.variables()) {
      String name = variable.path("name").asText();
      if (given.containsKey(name)) {
        values.put(name, given.get(name));
      } else if (variable.path("type").asText().equals("query")) {
        throw new IllegalArgumentException(
            dashboard + ": give values for the query variable '" + name + "'");
      } else {
        values.put(name, List.of(variable.path("current").path("value").asText()));
      }
    }
    return new GrafanaMacros(fromMillis, toMillis, values);
  }

  /**
   * What is wrong with a query against the datasources' columns: each line names the dashboard, the
   * panel and the datasource or column that does not exist. Empty when nothing is.
   */
  public static List<String> problems(PanelQuery q, GrafanaMacros macros, DruidColumns druid) {
    SqlShape shape;
    try {
      shape = q.shape(macros);
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>(shape.aliases());
    for (String datasource : shape.datasources()) {
      if (!druid.has(datasource)) {
        problems.add(q + ": datasource '" + datasource + "' is not in " + druid);
      }
      known.addAll(druid.columns(datasource));
    }
    for (String column : shape.mentioned()) {
      if (!known.contains(column)) {
        problems.add(
            q
                + ": column '"
                + column
                + "' is not in "
                + shape.datasources()
                + " ("
                + druid.source()
                + ")");
      }
    }
    if (Set.copyOf(shape.columns()).size() != shape.columns().size()) {
      problems.add(q + ": returns a column name twice: " + shape.columns());
    }
    return problems;
  }

  private static String sqlOf(JsonNode query) {
    return query.path("builder").path("query").asText("");
  }

  private static PanelQuery requireSql(PanelQuery q, JsonNode query) {
    if (!query.path("builder").path("queryType").asText().equals("sql")) {
      throw new IllegalStateException(q + " is a Druid query but not builder.queryType sql");
    }
    if (q.template().isBlank()) {
      throw new IllegalStateException(q + " has no SQL in builder.query");
    }
    return q;
  }
}
