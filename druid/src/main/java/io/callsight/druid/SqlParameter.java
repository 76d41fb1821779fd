package io.callsight.druid;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * A value for one {@code ?} of a Druid SQL query, sent apart from the SQL text so that no value can
 * change what the query means. {@code type} is the SQL type Druid binds it as.
 */
public record SqlParameter(String type, Object value) {
  private static final Set<String> TYPES =
      Set.of("VARCHAR", "BIGINT", "DOUBLE", "BOOLEAN", "TIMESTAMP");

  public SqlParameter {
    if (type == null || !TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "SQL parameter type must be one of " + TYPES + ", not " + type);
    }
  }

  /** The parameter for a Java value: String, an integral number, a decimal, Boolean, Instant. */
  public static SqlParameter of(Object value) {
    if (value instanceof SqlParameter p) {
      return p;
    }
    if (value instanceof String s) {
      return new SqlParameter("VARCHAR", s);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return new SqlParameter("BIGINT", ((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return new SqlParameter("DOUBLE", ((Number) value).doubleValue());
    }
    if (value instanceof Boolean b) {
      return new SqlParameter("BOOLEAN", b);
    }
    if (value instanceof Instant t) {
      // Druid reads a TIMESTAMP parameter given as text as an ISO-8601 instant.
      return new SqlParameter("TIMESTAMP", t.toString());
    }
    throw new IllegalArgumentException(
        "cannot bind "
            + (value == null ? "null" : value.getClass().getSimpleName())
            + " as a SQL parameter: pass a String, Long, Integer, Double, Boolean or Instant, or"
            + " a typed SqlParameter");
  }

  /** Parses {@code TYPE=VALUE} as typed on a command line, e.g. {@code VARCHAR=sales}. */
  public static SqlParameter parse(String typed) {
    int eq = typed.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException(
          "a SQL parameter is TYPE=VALUE (one of " + TYPES + "), e.g. VARCHAR=sales, not " + typed);
    }
    String type = typed.substring(0, eq).trim().toUpperCase(Locale.ROOT);
    String text = typed.substring(eq + 1);
    try {
      return switch (type) {
        case "VARCHAR" -> new SqlParameter(type, text);
        case "BIGINT" -> new SqlParameter(type, Long.parseLong(text.trim()));
        case "DOUBLE" -> new SqlParameter(type, Double.parseDouble(text.trim()));
        case "BOOLEAN" -> new SqlParameter(type, parseBoolean(text.trim()));
        case "TIMESTAMP" -> new SqlParameter(type, Instant.parse(text.trim()).toString());
        default -> new SqlParameter(type, text);
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "SQL parameter " + typed + ": \"" + text + "\" is not a " + type + example(type));
    }
  }

  private static boolean parseBoolean(String text) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new NumberFormatException(text);
  }

  private static String example(String type) {
    return switch (type) {
      case "TIMESTAMP" -> " (an instant such as 2024-05-01T00:00:00Z)";
      case "BOOLEAN" -> " (true or false)";
      default -> "";
    };
  }
}
