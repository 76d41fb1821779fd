package io.callsight.common;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A Micrometer registry served for Prometheus at {@code http://host:port/metrics}. */
public final class MetricsEndpoint implements AutoCloseable {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final HttpServer server;

  private MetricsEndpoint(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts serving on the port (0 picks a free one) of the given host.
   *
   * @throws IllegalStateException naming the port when it is taken
   */
  public static MetricsEndpoint start(String host, int port) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (BindException e) {
      throw new IllegalStateException(
          "metrics port " + port + " on " + host + " is in use: pick another with --metrics-port",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MetricsEndpoint endpoint = new MetricsEndpoint(server);
    server.createContext(
        "/metrics",
        exchange -> {
          byte[] body = endpoint.registry.scrape().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return endpoint;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Where Prometheus scrapes. */
  public String url() {
    return "http://" + server.getAddress().getHostString() + ":" + port() + "/metrics";
  }

  @Override
  public void close() {
    server.stop(0);
    registry.close();
  }
}
