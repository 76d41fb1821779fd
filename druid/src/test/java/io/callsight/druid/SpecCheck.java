package io.callsight.druid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callsight.schemas.Json;
import io.callsight.schemas.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a supervisor spec against its topic's JSON Schema: every column it reads (timestamp,
 * dimensions, metric inputs, filter columns, transform inputs) must be a field of the topic, of a
 * type the column can hold. Each problem names the spec file and the column.
 */
final class SpecCheck {
  private static final Pattern IDENTIFIER =
      Pattern.compile("\"([^\"]+)\"|([A-Za-z_][A-Za-z0-9_]*)(\\s*\\()?");
  private static final Set<String> COUNTING = Set.of("count");

  private SpecCheck() {}

  /** The fields of a topic with their JSON Schema type (integer, number, string, boolean). */
  static Map<String, String> fields(Topic topic) {
    try {
      JsonNode properties = Json.mapper().readTree(topic.schemaText()).get("properties");
      Map<String, String> fields = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        fields.put(e.getKey(), type(e.getValue()));
      }
      return fields;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> problems(Datasource datasource, ObjectNode spec) {
    String file = datasource.datasourceName() + ".json";
    Map<String, String> fields = fields(datasource.topic());
    String topic = datasource.topic().topicName();
    List<String> problems = new ArrayList<>();
    JsonNode schema = spec.path("spec").path("dataSchema");

    Map<String, String> inputs = new LinkedHashMap<>(fields);
    for (JsonNode t : schema.path("transformSpec").path("transforms")) {
      String name = t.path("name").asText();
      if (fields.containsKey(name)) {
        problems.add(file + ": transform " + name + " hides the topic field of that name");
      }
      for (String used : identifiers(t.path("expression").asText())) {
        if (!fields.containsKey(used)) {
          problems.add(
              file + ": transform " + name + " reads " + used + ", not a field of topic " + topic);
        }
      }
      inputs.put(name, "number");
    }

    String timestamp = schema.path("timestampSpec").path("column").asText();
    String format = schema.path("timestampSpec").path("format").asText();
    if (!fields.containsKey(timestamp)) {
      problems.add(file + ": timestamp column " + timestamp + " is not a field of topic " + topic);
    } else if (!fields.get(timestamp).equals(format.equals("iso") ? "string" : "integer")) {
      problems.add(
          file
              + ": timestamp column "
              + timestamp
              + " is "
              + fields.get(timestamp)
              + ", not "
              + format);
    }

    for (DatasourceColumn c : DatasourceColumn.of(spec)) {
      if (c.kind().equals("timestamp") || COUNTING.contains(c.druidType())) {
        continue;
      }
      String role = c.kind() + " " + c.name();
      if (!inputs.containsKey(c.fieldName())) {
        problems.add(
            file + ": " + role + " reads " + c.fieldName() + ", not a field of topic " + topic);
        continue;
      }
      String fieldType = inputs.get(c.fieldName());
      if (!holds(c.druidType(), fieldType)) {
        problems.add(
            file
                + ": "
                + role
                + " is "
                + c.druidType()
                + " but "
                + c.fieldName()
                + " is "
                + fieldType);
      }
    }

    filterColumns(schema.path("transformSpec").path("filter"), problems, file, inputs, topic);
    return problems;
  }

  private static void filterColumns(
      JsonNode filter,
      List<String> problems,
      String file,
      Map<String, String> inputs,
      String topic) {
    if (filter.isMissingNode() || filter.isNull()) {
      return;
    }
    for (String key : List.of("dimension", "column")) {
      if (filter.has(key) && !inputs.containsKey(filter.get(key).asText())) {
        problems.add(
            file
                + ": filter column "
                + filter.get(key).asText()
                + " is not a field of topic "
                + topic);
      }
    }
    filter.path("fields").forEach(f -> filterColumns(f, problems, file, inputs, topic));
    filterColumns(filter.path("field"), problems, file, inputs, topic);
  }

  /** The field names a Druid expression reads (function names and literals left out). */
  static List<String> identifiers(String expression) {
    String withoutStrings = expression.replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''");
    List<String> names = new ArrayList<>();
    Matcher m = IDENTIFIER.matcher(withoutStrings);
    while (m.find()) {
      if (m.group(1) != null) {
        names.add(m.group(1));
      } else if (m.group(3) == null && !m.group(2).matches("(?i)null|true|false")) {
        names.add(m.group(2));
      }
    }
    return names;
  }

  private static boolean holds(String druidType, String fieldType) {
    return switch (druidType) {
      // An array of strings is a multi-value string dimension.
      case "string" ->
          fieldType.equals("string") || fieldType.equals("boolean") || fieldType.equals("array");
      case "json" -> fieldType.equals("array") || fieldType.equals("object");
      case "long", "longSum", "longMin", "longMax" -> fieldType.equals("integer");
      case "double", "doubleSum", "doubleMin", "doubleMax", "quantilesDoublesSketch" ->
          fieldType.equals("integer") || fieldType.equals("number");
      case "HLLSketchBuild", "thetaSketch" -> fieldType.equals("string");
      default -> false;
    };
  }

  private static String type(JsonNode property) {
    if (property.has("enum")) {
      return "string";
    }
    JsonNode type = property.get("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.asText().equals("null")) {
          return t.asText();
        }
      }
    }
    return type.asText();
  }
}
