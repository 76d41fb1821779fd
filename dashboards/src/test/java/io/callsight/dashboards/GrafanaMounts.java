package io.callsight.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.callsight.testkit.SharedData;
import java.nio.file.Path;

/** Where the Grafana service of {@code docker-compose.yml} mounts the repository's folders. */
final class GrafanaMounts {
  private GrafanaMounts() {}

  /**
   * The folder on the host that a path in the Grafana container comes from.
   *
   * @throws IllegalStateException when no bind mount of the grafana service covers it
   */
  static Path hostPathOf(String containerPath) {
    Path root = SharedData.repositoryRoot();
    JsonNode grafana =
        Provisioning.yaml(root.resolve("docker-compose.yml")).path("services").path("grafana");
    for (JsonNode volume : grafana.path("volumes")) {
      String[] parts = volume.asText().split(":");
      if (parts.length >= 2 && parts[0].startsWith(".") && parts[1].equals(containerPath)) {
        return root.resolve(parts[0]);
      }
    }
    throw new IllegalStateException(
        "docker-compose.yml: the grafana service mounts nothing at " + containerPath);
  }
}
