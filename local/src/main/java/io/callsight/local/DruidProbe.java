package io.callsight.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Waits for a Druid service to answer: its health endpoint, or a SQL query. Plain
 * HttpURLConnection, one connection per request, so no client thread outlives the stack.
 */
final class DruidProbe {
  private static final int TIMEOUT_MILLIS = 5_000;

  private DruidProbe() {}

  /** Waits until {@code base}/status/health answers {@code true}. */
  static void awaitHealthy(URI base, String service, Duration timeout) throws Exception {
    await(
        service + " at " + base + " did not become healthy",
        timeout,
        () -> {
          Response r = request(base.resolve("/status/health"), null);
          return r.status() == 200 && r.body().strip().equals("true") ? null : r.toString();
        });
  }

  /** Waits until {@code base} answers {@code SELECT 1} over Druid SQL. */
  static void awaitSql(URI base, String service, Duration timeout) throws Exception {
    await(
        service + " at " + base + " did not answer SQL",
        timeout,
        () -> {
          Response r =
              request(base.resolve("/druid/v2/sql"), "{\"query\":\"SELECT 1 AS \\\"one\\\"\"}");
          return r.status() == 200 && r.body().contains("\"one\":1") ? null : r.toString();
        });
  }

  private static void await(String failure, Duration timeout, Check check) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        last = check.problem();
        if (last == null) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        failure + " within " + timeout.toSeconds() + " s (last: " + last + ")");
  }

  private static Response request(URI uri, String jsonBody) throws IOException {
    HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
    try {
      c.setConnectTimeout(TIMEOUT_MILLIS);
      c.setReadTimeout(TIMEOUT_MILLIS);
      if (jsonBody != null) {
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = c.getOutputStream()) {
          out.write(jsonBody.getBytes(StandardCharsets.UTF_8));
        }
      }
      int status = c.getResponseCode();
      InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
      String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Response(status, body);
    } finally {
      c.disconnect();
    }
  }

  private record Response(int status, String body) {
    @Override
    public String toString() {
      return "HTTP " + status + " " + (body.length() > 200 ? body.substring(0, 200) : body);
    }
  }

  private interface Check {
    /** Null when the service answered as expected, else what it answered. */
    String problem() throws IOException;
  }
}
