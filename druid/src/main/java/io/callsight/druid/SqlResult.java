package io.callsight.druid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a Druid SQL query: its columns and its rows, each value a Java value of the
 * column's SQL type (Long, Double, String, Boolean, Instant, LocalDate, List, or null).
 */
public record SqlResult(
    List<SqlColumn> columns, List<List<Object>> rows, Duration elapsed, String queryId) {
  public SqlResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The position of a column, or an error naming the columns there are. */
  public int columnIndex(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "no column " + name + " in the result; its columns are " + columnNames());
  }

  public List<String> columnNames() {
    return columns.stream().map(SqlColumn::name).toList();
  }

  /** One value by row number and column name. */
  public Object value(int row, String column) {
    return rows.get(row).get(columnIndex(column));
  }

  /** The rows as column-name → value maps, in column order. */
  public List<Map<String, Object>> rowMaps() {
    List<Map<String, Object>> maps = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        map.put(columns.get(i).name(), row.get(i));
      }
      maps.add(map);
    }
    return maps;
  }
}
