package io.callsight.local.druid;

import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import org.apache.zookeeper.server.ServerCnxnFactory;
import org.apache.zookeeper.server.ZooKeeperServer;

/** A standalone ZooKeeper server on localhost, for Druid's service discovery. */
final class ZooKeeperService implements AutoCloseable {
  private final ServerCnxnFactory connections;
  private final ZooKeeperServer server;

  private ZooKeeperService(ServerCnxnFactory connections, ZooKeeperServer server) {
    this.connections = connections;
    this.server = server;
  }

  /** Properties: {@code port}, {@code dataDir}. */
  static ZooKeeperService start(Map<String, String> properties) throws Exception {
    int port = Integer.parseInt(DruidLauncher.required(properties, "port"));
    File dataDir = new File(DruidLauncher.required(properties, "dataDir"));
    ZooKeeperServer server = new ZooKeeperServer(dataDir, dataDir, 2000);
    ServerCnxnFactory connections =
        ServerCnxnFactory.createFactory(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
    try {
      connections.startup(server);
    } catch (Exception e) {
      connections.shutdown();
      throw e;
    }
    return new ZooKeeperService(connections, server);
  }

  @Override
  public void close() {
    connections.shutdown();
    server.shutdown();
  }
}
