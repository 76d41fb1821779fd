package io.callsight.druid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DruidEndpointsTest {
  @Test
  void aRouterServesSqlAndSupervisors() {
    DruidEndpoints router = DruidEndpoints.router("http://localhost:8888/");
    assertThat(router.sqlPath("/druid/v2/sql")).hasToString("http://localhost:8888/druid/v2/sql");
    assertThat(router.overlordPath("/druid/indexer/v1/supervisor"))
        .hasToString("http://localhost:8888/druid/indexer/v1/supervisor");
  }

  @Test
  void brokerAndOverlordApart() {
    DruidEndpoints e = DruidEndpoints.of("http://broker:8082", "https://overlord:8090/proxy");
    assertThat(e.sqlPath("/x")).hasToString("http://broker:8082/x");
    assertThat(e.overlordPath("/x")).hasToString("https://overlord:8090/proxy/x");
  }

  @Test
  void somethingElseIsNotADruidUrl() {
    for (String bad : new String[] {"localhost:8888", "ftp://h:1", "http://", "http://a b"}) {
      assertThatThrownBy(() -> DruidEndpoints.router(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("looks like http://localhost:8888");
    }
  }
}
