package io.callsight.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class DruidPortsTest {
  @Test
  void shouldPickSevenDistinctFreePorts() throws Exception {
    DruidPorts ports = DruidPorts.free();
    assertThat(ports.byService().values()).doesNotHaveDuplicates().hasSize(7);
    ports.requireAvailable();
  }

  @Test
  void shouldUseTheContractPortsByDefault() {
    DruidPorts ports = DruidPorts.defaults();
    assertThat(ports.router()).isEqualTo(8888);
    assertThat(ports.broker()).isEqualTo(8082);
    assertThat(ports.coordinator()).isEqualTo(8081);
    assertThat(ports.historical()).isEqualTo(8083);
    assertThat(ports.indexer()).isEqualTo(8091);
    assertThat(ports.zookeeper()).isEqualTo(2181);
    assertThat(ports.metadata()).isEqualTo(1527);
  }

  @Test
  void shouldNameThePortAndTheServiceWhenAPortIsInUse() throws Exception {
    DruidPorts free = DruidPorts.free();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      DruidPorts ports = withBrokerAndRouter(free, port, free.router());
      assertThat(DruidPorts.isFree(port)).isFalse();
      assertThatThrownBy(ports::requireAvailable)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("port " + port + " (Druid broker) is already in use on localhost");
    }
  }

  @Test
  void shouldRefuseOnePortForTwoServices() throws Exception {
    DruidPorts free = DruidPorts.free();
    DruidPorts ports = withBrokerAndRouter(free, free.broker(), free.broker());
    assertThatThrownBy(ports::requireAvailable)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "port " + free.broker() + " is given to both Druid broker and Druid router");
  }

  private static DruidPorts withBrokerAndRouter(DruidPorts p, int broker, int router) {
    return new DruidPorts(
        p.zookeeper(), p.metadata(), p.coordinator(), broker, p.historical(), p.indexer(), router);
  }
}
