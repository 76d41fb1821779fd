package io.callsight.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callsight.testkit.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One provisioned Grafana dashboard: its file and its JSON, with its panels flattened. */
public record Dashboard(Path file, JsonNode json) {
  /** The folder the dashboards' JSON files live in (mounted into Grafana). */
  public static Path folder() {
    return SharedData.repositoryRoot().resolve("dashboards/json");
  }

  /** Every dashboard in {@link #folder()}, by file name; a file that does not parse fails. */
  public static List<Dashboard> all() {
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(folder())) {
      List<Dashboard> dashboards = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        try {
          dashboards.add(new Dashboard(file, mapper.readTree(file.toFile())));
        } catch (IOException e) {
          throw new IllegalStateException(file + " is not valid JSON: " + e.getMessage(), e);
        }
      }
      return dashboards;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String uid() {
    return json.path("uid").asText();
  }

  public String title() {
    return json.path("title").asText();
  }

  /** Every panel, rows and the panels folded into rows included, in file order. */
  public List<JsonNode> panels() {
    List<JsonNode> panels = new ArrayList<>();
    for (JsonNode panel : json.path("panels")) {
      panels.add(panel);
      panel.path("panels").forEach(panels::add);
    }
    return panels;
  }

  /** The dashboard's template variables. */
  public List<JsonNode> variables() {
    List<JsonNode> variables = new ArrayList<>();
    json.path("templating").path("list").forEach(variables::add);
    return variables;
  }

  @Override
  public String toString() {
    return file.getFileName() + " (" + title() + ")";
  }
}
