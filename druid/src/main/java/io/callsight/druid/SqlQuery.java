package io.callsight.druid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Druid SQL query: the text, its {@code ?} parameters in order, query context values (e.g. {@code
 * sqlTimeZone}) and how long Druid may take before the query counts as timed out.
 */
public record SqlQuery(
    String sql, List<SqlParameter> parameters, Map<String, Object> context, Duration timeout) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public SqlQuery {
    if (sql == null || sql.isBlank()) {
      throw new IllegalArgumentException("the SQL query is empty");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a query timeout must be positive, not " + timeout);
    }
    parameters = List.copyOf(parameters);
    context = Map.copyOf(context);
  }

  /** A query with parameters bound from Java values (see {@link SqlParameter#of}). */
  public static SqlQuery of(String sql, Object... parameters) {
    List<SqlParameter> bound = new ArrayList<>();
    for (Object p : parameters) {
      bound.add(SqlParameter.of(p));
    }
    return new SqlQuery(sql, bound, Map.of(), DEFAULT_TIMEOUT);
  }

  public SqlQuery withTimeout(Duration timeout) {
    return new SqlQuery(sql, parameters, context, timeout);
  }

  public SqlQuery withParameters(List<SqlParameter> parameters) {
    return new SqlQuery(sql, parameters, context, timeout);
  }

  /** The SQL on one line, cut short for messages. */
  public String abbreviated() {
    String oneLine = sql.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 99) + "…";
  }
}
