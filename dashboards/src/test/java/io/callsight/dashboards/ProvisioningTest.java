package io.callsight.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The provisioning YAML parses and points at what exists: datasources and the dashboards. */
class ProvisioningTest {
  @Test
  void everyProvisioningFileIsVersionOneYaml() {
    List<Path> files = new ArrayList<>(Provisioning.files("datasources"));
    files.addAll(Provisioning.files("dashboards"));
    assertThat(files).hasSize(2);
    for (Path file : files) {
      assertThat(Provisioning.yaml(file).path("apiVersion").asInt())
          .as(file.toString())
          .isEqualTo(1);
    }
  }

  @Test
  void provisionsDruidThroughTheRouterAndPrometheusReadOnly() {
    Map<String, JsonNode> byUid = new TreeMap<>();
    for (JsonNode ds : Provisioning.datasources()) {
      assertThat(byUid.put(ds.path("uid").asText(), ds)).as("duplicate uid " + ds).isNull();
      assertThat(ds.path("editable").asBoolean(true)).as(ds.path("name") + " editable").isFalse();
    }
    assertThat(byUid).containsOnlyKeys(DashboardQueries.DRUID, "callsight-prometheus");
    JsonNode druid = byUid.get(DashboardQueries.DRUID);
    assertThat(druid.path("type").asText()).isEqualTo("grafadruid-druid-datasource");
    // The plugin reads flat keys: jsonData["connection.url"], not jsonData.connection.url.
    assertThat(druid.path("jsonData").path("connection.url").asText())
        .isEqualTo("http://router:8888");
    assertThat(druid.path("jsonData").path("query.format").asText()).isEqualTo("long");
    JsonNode prometheus = byUid.get("callsight-prometheus");
    assertThat(prometheus.path("type").asText()).isEqualTo("prometheus");
    assertThat(prometheus.path("url").asText()).isEqualTo("http://prometheus:9090");
  }

  @Test
  void dashboardsAreProvisionedFromOneFileProviderWithUiEditsOff() {
    List<JsonNode> providers = Provisioning.dashboardProviders();
    assertThat(providers).hasSize(1);
    JsonNode provider = providers.get(0);
    assertThat(provider.path("type").asText()).isEqualTo("file");
    assertThat(provider.path("allowUiUpdates").asBoolean(true)).isFalse();
    assertThat(provider.path("disableDeletion").asBoolean()).isTrue();
    // A path in the Grafana container; docker-compose.yml mounts dashboards/json there, which
    // the deploy module's ComposeFileTest checks.
    assertThat(provider.path("options").path("path").asText()).startsWith("/");
  }
}
