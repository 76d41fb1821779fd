package io.callsight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callsight.druid.SqlColumn;
import io.callsight.druid.SqlResult;
import io.callsight.schemas.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A SQL result as people read it (an aligned table) or as scripts read it (JSON lines). */
final class SqlOutput {
  private static final Set<String> NUMERIC =
      Set.of("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "DOUBLE", "FLOAT", "REAL", "DECIMAL");

  private SqlOutput() {}

  /**
   * Header, a rule, then one line per row; numbers right-aligned, wide (CJK) characters counted
   * twice.
   */
  static List<String> table(SqlResult result) {
    List<SqlColumn> columns = result.columns();
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      List<String> line = new ArrayList<>();
      row.forEach(v -> line.add(text(v)));
      cells.add(line);
    }
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(columns.get(c).name());
      for (List<String> line : cells) {
        widths[c] = Math.max(widths[c], width(line.get(c)));
      }
    }
    List<String> lines = new ArrayList<>();
    List<String> header = new ArrayList<>();
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      header.add(pad(columns.get(c).name(), widths[c], numeric(columns.get(c))));
      rule.add("-".repeat(widths[c]));
    }
    lines.add(join(header));
    lines.add(join(rule));
    for (List<String> line : cells) {
      List<String> padded = new ArrayList<>();
      for (int c = 0; c < widths.length; c++) {
        padded.add(pad(line.get(c), widths[c], numeric(columns.get(c))));
      }
      lines.add(join(padded));
    }
    return lines;
  }

  /** One JSON object per row, column name to value; timestamps as ISO-8601 text. */
  static List<String> jsonLines(SqlResult result) {
    List<String> lines = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      ObjectNode object = Json.mapper().createObjectNode();
      for (int c = 0; c < row.size(); c++) {
        put(object, result.columns().get(c).name(), row.get(c));
      }
      lines.add(object.toString());
    }
    return lines;
  }

  /** "3 rows in 42 ms". */
  static String footer(SqlResult result) {
    int n = result.rows().size();
    return n + (n == 1 ? " row" : " rows") + " in " + result.elapsed().toMillis() + " ms";
  }

  private static void put(ObjectNode object, String name, Object value) {
    if (value instanceof List<?> list) {
      ArrayNode array = object.putArray(name);
      list.forEach(item -> array.add(node(item)));
    } else {
      object.set(name, node(value));
    }
  }

  private static JsonNode node(Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value == null) {
      return nodes.nullNode();
    }
    if (value instanceof Long l) {
      return nodes.numberNode(l);
    }
    if (value instanceof Double d) {
      return nodes.numberNode(d);
    }
    if (value instanceof Boolean b) {
      return nodes.booleanNode(b);
    }
    return nodes.textNode(value.toString());
  }

  static String text(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Double d) {
      String plain = Double.toString(d);
      return plain.contains("E") && Double.isFinite(d)
          ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
          : plain;
    }
    // A line break or tab inside a value would break the table's lines.
    return value.toString().replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }

  /** Terminal columns a text takes: East Asian wide and full-width characters take two. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      width += wide(cp) ? 2 : 1;
    }
    return width;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  private static boolean numeric(SqlColumn column) {
    return NUMERIC.contains(column.sqlType());
  }

  private static String pad(String text, int width, boolean right) {
    String space = " ".repeat(width - width(text));
    return right ? space + text : text + space;
  }

  private static String join(List<String> cells) {
    return String.join("  ", cells).stripTrailing();
  }
}
