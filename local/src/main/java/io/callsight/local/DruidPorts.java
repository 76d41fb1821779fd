package io.callsight.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The localhost ports of the local Druid stack, one per service. The overlord runs inside the
 * coordinator and answers on its port.
 */
public record DruidPorts(
    int zookeeper,
    int metadata,
    int coordinator,
    int broker,
    int historical,
    int indexer,
    int router) {

  /** The ports of the Druid contract: router 8888, broker 8082, coordinator 8081, ... */
  public static DruidPorts defaults() {
    return new DruidPorts(2181, 1527, 8081, 8082, 8083, 8091, 8888);
  }

  /** Seven ports nobody listens on right now, so that two stacks (or test runs) never collide. */
  public static DruidPorts free() throws IOException {
    List<ServerSocket> held = new ArrayList<>();
    try {
      // All held open at once, so no port is handed out twice.
      for (int i = 0; i < 7; i++) {
        held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return new DruidPorts(
          held.get(0).getLocalPort(),
          held.get(1).getLocalPort(),
          held.get(2).getLocalPort(),
          held.get(3).getLocalPort(),
          held.get(4).getLocalPort(),
          held.get(5).getLocalPort(),
          held.get(6).getLocalPort());
    } finally {
      for (ServerSocket s : held) {
        s.close();
      }
    }
  }

  /** Each service's port by the service's name, in start order. */
  public Map<String, Integer> byService() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("ZooKeeper", zookeeper);
    ports.put("Derby metadata store", metadata);
    ports.put("Druid coordinator/overlord", coordinator);
    ports.put("Druid broker", broker);
    ports.put("Druid historical", historical);
    ports.put("Druid indexer", indexer);
    ports.put("Druid router", router);
    return ports;
  }

  /**
   * Fails with a message naming the port and its service if any port is taken (by another program,
   * or twice in this record).
   */
  public void requireAvailable() {
    Map<Integer, String> seen = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : byService().entrySet()) {
      String before = seen.putIfAbsent(e.getValue(), e.getKey());
      if (before != null) {
        throw new IllegalArgumentException(
            "port " + e.getValue() + " is given to both " + before + " and " + e.getKey());
      }
      if (!isFree(e.getValue())) {
        throw new IllegalStateException(
            String.format(
                "port %d (%s) is already in use on localhost: stop what listens there"
                    + " (`ss -ltnp 'sport = :%d'` shows it) or choose another port",
                e.getValue(), e.getKey(), e.getValue()));
      }
    }
  }

  /** Whether nothing listens on {@code port} on localhost. */
  public static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
