package io.callsight.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.callsight.schemas.Json;
import io.callsight.schemas.Topic;
import io.callsight.testkit.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The columns of each Druid datasource: read from the supervisor specs in {@code schemas/druid/}
 * when there are any, else derived from the Druid contract (each datasource's columns are its
 * topic's JSON Schema fields, the timestamp field becoming {@code __time}).
 *
 * @param source where the columns came from, for messages
 */
public record DruidColumns(String source, Map<String, Set<String>> byDatasource) {
  static final String TIME = "__time";

  /** The contract's analytical datasources: topic and the field that becomes __time. */
  private record Contract(Topic topic, String timeField) {}

  private static final Map<String, Contract> CONTRACT =
      Map.of(
          "queue_kpi", new Contract(Topic.QUEUE_KPI, "intervalStart"),
          "agent_kpi", new Contract(Topic.AGENT_KPI, "intervalStart"),
          "queue_snapshot", new Contract(Topic.QUEUE_SNAPSHOT, "snapshotTime"),
          "alerts", new Contract(Topic.ALERTS, "eventTime"));

  /** queue_calls rolls call-events up per minute: two dimensions and three metrics. */
  private static final List<String> QUEUE_CALLS_DIMENSIONS = List.of("queue", "type");

  private static final List<String> QUEUE_CALLS_METRICS = List.of("calls", "waitSketch", "callers");

  /** The specs folder when it holds any spec, else the contract. */
  public static DruidColumns load() {
    Path specs = SharedData.repositoryRoot().resolve("schemas/druid");
    List<Path> files = List.of();
    if (Files.isDirectory(specs)) {
      try (Stream<Path> list = Files.list(specs)) {
        files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files.isEmpty() ? fromContract() : fromSpecs(files);
  }

  /** The columns the supervisor specs declare: __time, the dimensions and the metrics. */
  static DruidColumns fromSpecs(List<Path> files) {
    Map<String, Set<String>> columns = new TreeMap<>();
    for (Path file : files) {
      JsonNode schema;
      try {
        schema = Json.mapper().readTree(file.toFile()).path("spec").path("dataSchema");
      } catch (IOException e) {
        throw new IllegalStateException(file + " is not valid JSON: " + e.getMessage(), e);
      }
      String datasource = schema.path("dataSource").asText();
      if (datasource.isEmpty()) {
        throw new IllegalStateException(file + " has no spec.dataSchema.dataSource");
      }
      Set<String> names = new LinkedHashSet<>(List.of(TIME));
      for (JsonNode dimension : schema.path("dimensionsSpec").path("dimensions")) {
        names.add(dimension.isTextual() ? dimension.asText() : dimension.path("name").asText());
      }
      for (JsonNode metric : schema.path("metricsSpec")) {
        // A filtered aggregator is named by the aggregator it wraps.
        names.add(
            metric.has("name")
                ? metric.path("name").asText()
                : metric.path("aggregator").path("name").asText());
      }
      columns.put(datasource, names);
    }
    return new DruidColumns("the supervisor specs in schemas/druid", columns);
  }

  /** The columns the Druid contract promises, from the topics' JSON Schemas. */
  static DruidColumns fromContract() {
    Map<String, Set<String>> columns = new TreeMap<>();
    CONTRACT.forEach(
        (datasource, c) -> {
          Set<String> names = new LinkedHashSet<>(List.of(TIME));
          fields(c.topic()).stream().filter(f -> !f.equals(c.timeField())).forEach(names::add);
          columns.put(datasource, names);
        });
    Set<String> callFields = Set.copyOf(fields(Topic.CALL_EVENTS));
    if (!callFields.containsAll(QUEUE_CALLS_DIMENSIONS)) {
      throw new IllegalStateException("call-events lost a queue_calls dimension");
    }
    Set<String> queueCalls = new LinkedHashSet<>(List.of(TIME));
    queueCalls.addAll(QUEUE_CALLS_DIMENSIONS);
    queueCalls.addAll(QUEUE_CALLS_METRICS);
    columns.put("queue_calls", queueCalls);
    return new DruidColumns("the Druid contract (topic JSON Schemas)", columns);
  }

  private static List<String> fields(Topic topic) {
    try {
      List<String> names = new java.util.ArrayList<>();
      Json.mapper()
          .readTree(topic.schemaText())
          .path("properties")
          .fieldNames()
          .forEachRemaining(names::add);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean has(String datasource) {
    return byDatasource.containsKey(datasource);
  }

  public Set<String> columns(String datasource) {
    return byDatasource.getOrDefault(datasource, Set.of());
  }

  @Override
  public String toString() {
    return source + ": " + new LinkedHashMap<>(byDatasource).keySet();
  }
}
