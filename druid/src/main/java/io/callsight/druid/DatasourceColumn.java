package io.callsight.druid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One column of a datasource as its supervisor spec defines it: {@code __time}, a dimension
 * (string, long, double) or a metric (longSum, count, a sketch, ...), with the input field it is
 * made from.
 *
 * @param name the column as SQL spells it
 * @param kind {@code timestamp}, {@code dimension} or {@code metric}
 * @param druidType the dimension type or the metric's aggregator type
 * @param fieldName the input field (a topic field or a transform's output); null for a count
 */
public record DatasourceColumn(String name, String kind, String druidType, String fieldName) {
  /** The columns of a datasource in spec order: {@code __time}, dimensions, metrics. */
  public static List<DatasourceColumn> of(Datasource datasource) {
    return of(SupervisorSpecs.template(datasource));
  }

  /** The columns a supervisor spec defines. */
  public static List<DatasourceColumn> of(ObjectNode spec) {
    JsonNode schema = spec.path("spec").path("dataSchema");
    List<DatasourceColumn> columns = new ArrayList<>();
    columns.add(
        new DatasourceColumn(
            "__time", "timestamp", "long", schema.path("timestampSpec").path("column").asText()));
    for (JsonNode d : schema.path("dimensionsSpec").path("dimensions")) {
      String name = d.isTextual() ? d.asText() : d.path("name").asText();
      String type = d.isTextual() ? "string" : d.path("type").asText("string");
      columns.add(new DatasourceColumn(name, "dimension", type, name));
    }
    for (JsonNode metric : schema.path("metricsSpec")) {
      // A filtered aggregator stores its inner aggregator's column, for the rows its filter keeps.
      JsonNode m =
          metric.path("type").asText().equals("filtered") ? metric.path("aggregator") : metric;
      JsonNode field = m.get("fieldName");
      columns.add(
          new DatasourceColumn(
              m.path("name").asText(),
              "metric",
              m.path("type").asText(),
              field == null || field.isNull() ? null : field.asText()));
    }
    return columns;
  }
}
