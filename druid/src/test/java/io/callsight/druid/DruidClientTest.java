package io.callsight.druid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.druid.DruidException.Kind;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With no Druid at the URL, every call says so, names the URL and how to start one. */
class DruidClientTest {
  static String closedUrl;

  @BeforeAll
  static void closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      closedUrl = "http://localhost:" + socket.getLocalPort();
    }
  }

  private static void assertDown(DruidException e) {
    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.getMessage())
        .isEqualTo("cannot reach Druid at " + closedUrl + " (connection refused)");
    assertThat(e.hint()).contains("./callsight stack").contains("./callsight demo");
  }

  @Test
  void sqlAgainstNoDruid() {
    DruidClient client = new DruidClient(DruidEndpoints.router(closedUrl));
    assertThatThrownBy(() -> client.sql("SELECT 1"))
        .isInstanceOfSatisfying(DruidException.class, DruidClientTest::assertDown);
  }

  @Test
  void supervisorsAgainstNoDruid() {
    DruidClient client = new DruidClient(DruidEndpoints.router(closedUrl));
    assertThatThrownBy(() -> client.ensureSupervisors(SupervisorSpecs.forKafka("localhost:9092")))
        .isInstanceOfSatisfying(DruidException.class, DruidClientTest::assertDown);
  }

  @Test
  void waitingForNoDruidTimesOutSayingWhy() {
    DruidClient client = new DruidClient(DruidEndpoints.router(closedUrl));
    List<String> progress = new ArrayList<>();
    assertThatThrownBy(
            () ->
                client.awaitQueryable(
                    Set.of(Datasource.QUEUE_KPI), Duration.ofMillis(600), progress::add))
        .isInstanceOfSatisfying(
            DruidException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "not queryable after 600 ms: queue_kpi (cannot reach Druid at "
                          + closedUrl
                          + " (connection refused))");
              assertThat(e.hint()).contains("topic queue-kpi");
            });
    assertThat(progress).first().asString().startsWith("waiting for queue_kpi (cannot reach Druid");
  }
}
