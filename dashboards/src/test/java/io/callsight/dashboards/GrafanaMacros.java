package io.callsight.dashboards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What Grafana does to a panel's query text before the Druid plugin sends it: replaces the time
 * range and the template variables. The dashboards use exactly these forms:
 *
 * <ul>
 *   <li>{@code ${__from}}, {@code ${__to}}: the time range in epoch milliseconds (wrapped in {@code
 *       MILLIS_TO_TIMESTAMP(...)} in the SQL);
 *   <li>{@code ${name:sqlstring}}: every selected value quoted and comma-separated (multi-value
 *       variables such as {@code ${queue:sqlstring}} and {@code ${agent:sqlstring}}, used as {@code
 *       queue IN (${queue:sqlstring})});
 *   <li>{@code ${name}}: the single value as it is (single-value variables: {@code ${period}},
 *       {@code ${timezone}}).
 * </ul>
 *
 * Anything else is refused, so a query a test can run is a query Grafana runs the same way.
 */
public record GrafanaMacros(long fromMillis, long toMillis, Map<String, List<String>> variables) {
  private static final Pattern MACRO =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?}");

  /**
   * What Grafana would still read as a macro: {@code $name}, {@code ${...}} or {@code [[name]]}. A
   * {@code $} before anything else (a JSON path such as {@code '$.rule'}) is left alone, as Grafana
   * leaves it.
   */
  private static final Pattern LEFT_OVER = Pattern.compile("\\$[A-Za-z0-9_{]|\\[\\[");

  public GrafanaMacros {
    variables = Map.copyOf(variables);
  }

  /** A time range without variables; add them with {@link #with}. */
  public static GrafanaMacros range(long fromMillis, long toMillis) {
    return new GrafanaMacros(fromMillis, toMillis, Map.of());
  }

  /** A copy with one more variable and its selected values. */
  public GrafanaMacros with(String name, String... values) {
    Map<String, List<String>> copy = new LinkedHashMap<>(variables);
    copy.put(name, List.of(values));
    return new GrafanaMacros(fromMillis, toMillis, copy);
  }

  /**
   * The query with every macro replaced.
   *
   * @throws IllegalArgumentException naming the macro that has no value or an unknown format, or a
   *     {@code $} left that is not a macro of the forms above
   */
  public String apply(String template) {
    Matcher m = MACRO.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), m.group(2))));
    }
    m.appendTail(out);
    String sql = out.toString();
    Matcher leftOver = LEFT_OVER.matcher(sql);
    if (leftOver.find()) {
      int left = leftOver.start();
      throw new IllegalArgumentException(
          "unsupported Grafana macro at '"
              + sql.substring(left, Math.min(sql.length(), left + 20))
              + "': use ${__from}, ${__to}, ${name} or ${name:sqlstring}");
    }
    return sql;
  }

  private String value(String name, String format) {
    if (name.equals("__from") || name.equals("__to")) {
      if (format != null) {
        throw new IllegalArgumentException("${" + name + ":" + format + "}: use ${" + name + "}");
      }
      return Long.toString(name.equals("__from") ? fromMillis : toMillis);
    }
    List<String> values = variables.get(name);
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("no value for the variable ${" + name + "}");
    }
    if (format == null || format.equals("raw")) {
      if (values.size() != 1) {
        throw new IllegalArgumentException(
            "${" + name + "} has several values: use ${" + name + ":sqlstring}");
      }
      return values.get(0);
    }
    if (format.equals("sqlstring")) {
      return values.stream()
          .map(v -> "'" + v.replace("'", "''") + "'")
          .collect(Collectors.joining(","));
    }
    throw new IllegalArgumentException("unsupported format ${" + name + ":" + format + "}");
  }
}
