package io.callsight.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.callsight.testkit.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Grafana's provisioning files in {@code dashboards/provisioning}, parsed. */
public final class Provisioning {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Provisioning() {}

  public static Path folder() {
    return SharedData.repositoryRoot().resolve("dashboards/provisioning");
  }

  /** Reads a YAML file; a file that does not parse fails naming it. */
  public static JsonNode yaml(Path file) {
    try {
      JsonNode node = YAML.readTree(file.toFile());
      if (node == null || node.isMissingNode()) {
        throw new IllegalStateException(file + " is empty");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalStateException(file + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  /** The YAML files of one kind of provisioning (datasources, dashboards). */
  public static List<Path> files(String kind) {
    try (Stream<Path> files = Files.list(folder().resolve(kind))) {
      return files
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every provisioned datasource. */
  public static List<JsonNode> datasources() {
    List<JsonNode> all = new ArrayList<>();
    files("datasources").forEach(f -> yaml(f).path("datasources").forEach(all::add));
    return all;
  }

  /** Every dashboard provider. */
  public static List<JsonNode> dashboardProviders() {
    List<JsonNode> all = new ArrayList<>();
    files("dashboards").forEach(f -> yaml(f).path("providers").forEach(all::add));
    return all;
  }
}
