package io.callsight.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The tests' view of Druid: SQL and JSON over plain java.net.http, as any SQL user sends it. */
final class DruidSqlOverHttp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Rows of {@code sql} as column → value maps; fails with Druid's answer on an HTTP error. */
  List<Map<String, Object>> query(URI sqlUrl, String sql) throws IOException, InterruptedException {
    String body = post(sqlUrl, JSON.writeValueAsString(Map.of("query", sql)));
    return JSON.readValue(body, new TypeReference<>() {});
  }

  /** POSTs JSON and returns the answer's body; fails with status and body unless 2xx. */
  String post(URI url, String json) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + r.statusCode() + " from " + url + ": " + r.body());
    }
    return r.body();
  }
}
