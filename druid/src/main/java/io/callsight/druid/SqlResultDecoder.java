package io.callsight.druid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.callsight.druid.DruidException.Kind;
import io.callsight.schemas.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads Druid's {@code arrayLines} SQL answer with all three header lines (names, Druid types, SQL
 * types) into typed rows. A complete answer ends in a blank line; one without it was cut off.
 */
final class SqlResultDecoder {
  /** The decoded answer, before timing and query id are added. */
  record Decoded(List<SqlColumn> columns, List<List<Object>> rows) {}

  private SqlResultDecoder() {}

  static Decoded decode(byte[] body, String what) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (!text.endsWith("\n\n")) {
      int lines = text.isEmpty() ? 0 : text.split("\n", -1).length;
      throw new DruidException(
          Kind.FAILED,
          "the answer to "
              + what
              + " was cut off after "
              + Math.max(0, lines - 3)
              + " rows (Druid stops a response midway when the query fails while sending it;"
              + " the broker's log says why)",
          null,
          null);
    }
    String[] lines = text.substring(0, text.length() - 2).split("\n", -1);
    if (lines.length < 3 || lines[0].isEmpty()) {
      throw malformed(what, "it has no header lines (names, types, SQL types)");
    }
    List<String> names = strings(lines[0], what, "column names");
    List<String> druidTypes = strings(lines[1], what, "Druid types");
    List<String> sqlTypes = strings(lines[2], what, "SQL types");
    if (druidTypes.size() != names.size() || sqlTypes.size() != names.size()) {
      throw malformed(what, "its header lines disagree on the number of columns");
    }
    List<SqlColumn> columns = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      columns.add(new SqlColumn(names.get(i), sqlTypes.get(i), druidTypes.get(i)));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 3; r < lines.length; r++) {
      JsonNode row = tree(lines[r], what);
      if (!row.isArray() || row.size() != columns.size()) {
        throw malformed(
            what,
            "row " + (r - 2) + " is not an array of " + columns.size() + " values: " + lines[r]);
      }
      Object[] values = new Object[columns.size()];
      for (int c = 0; c < values.length; c++) {
        values[c] = value(row.get(c), columns.get(c).sqlType());
      }
      rows.add(Collections.unmodifiableList(Arrays.asList(values)));
    }
    return new Decoded(columns, rows);
  }

  /** A JSON value as the Java value of its SQL type. */
  static Object value(JsonNode node, String sqlType) {
    if (node == null || node.isNull()) {
      return null;
    }
    String type = sqlType.toUpperCase(Locale.ROOT);
    switch (type) {
      case "BIGINT", "INTEGER", "SMALLINT", "TINYINT":
        return node.isNumber() ? (Object) node.longValue() : node.asText();
      case "DOUBLE", "FLOAT", "REAL", "DECIMAL":
        return node.isNumber() ? (Object) node.doubleValue() : special(node.asText());
      case "BOOLEAN":
        return node.isBoolean()
            ? node.booleanValue()
            : node.isNumber() ? node.longValue() != 0 : Boolean.parseBoolean(node.asText());
      case "TIMESTAMP", "TIMESTAMP_WITH_LOCAL_TIME_ZONE":
        return node.isNumber() ? Instant.ofEpochMilli(node.longValue()) : instant(node.asText());
      case "DATE":
        return node.isNumber() ? LocalDate.ofEpochDay(node.longValue()) : date(node.asText());
      case "VARCHAR", "CHAR":
        return node.isTextual() ? node.textValue() : node.toString();
      default:
        if (type.endsWith("ARRAY") && node.isArray()) {
          List<Object> items = new ArrayList<>();
          node.forEach(item -> items.add(plain(item)));
          return Collections.unmodifiableList(items);
        }
        // Sketches and other complex values: Druid's own text for them (base64 for sketches).
        return node.isTextual() ? node.textValue() : node.toString();
    }
  }

  private static Object plain(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isTextual() ? node.textValue() : node.toString();
  }

  // Jackson writes NaN and the infinities as strings.
  private static Object special(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static Object instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  private static Object date(String text) {
    try {
      return text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  private static List<String> strings(String line, String what, String which) {
    JsonNode node = tree(line, what);
    if (!node.isArray()) {
      throw malformed(what, "its " + which + " line is not a JSON array: " + line);
    }
    List<String> values = new ArrayList<>();
    node.forEach(n -> values.add(n.asText()));
    return values;
  }

  private static JsonNode tree(String line, String what) {
    try {
      return Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw malformed(what, "a line is not JSON (" + e.getOriginalMessage() + "): " + line);
    }
  }

  private static DruidException malformed(String what, String problem) {
    return new DruidException(
        Kind.FAILED,
        "the answer to " + what + " is not Druid's arrayLines format: " + problem,
        "is the URL a Druid router or broker?",
        null);
  }
}
