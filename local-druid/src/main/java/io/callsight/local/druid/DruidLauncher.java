package io.callsight.local.druid;

import java.util.Map;

/** The entry point EmbeddedDruid calls reflectively: starts one service of the local stack. */
public final class DruidLauncher {
  /** The property naming the file this service's log goes to. */
  public static final String LOG_FILE = "callsight.log.file";

  private DruidLauncher() {}

  /**
   * Starts {@code role} ({@code zookeeper}, or a Druid server role such as {@code coordinator})
   * with {@code properties}, and returns what stops it again.
   *
   * <p>Call it with this classloader as the thread's context loader: the threads the service starts
   * inherit it.
   */
  public static AutoCloseable start(String role, Map<String, String> properties) throws Exception {
    ServiceLog log = ServiceLog.toFile(required(properties, LOG_FILE));
    try {
      AutoCloseable service =
          switch (role) {
            case "zookeeper" -> ZooKeeperService.start(properties);
            default -> DruidServer.start(role, properties);
          };
      return () -> {
        try {
          service.close();
        } finally {
          ClassLoaderResources.release();
          log.close();
        }
      };
    } catch (Exception | Error e) {
      ClassLoaderResources.release();
      log.close();
      throw e;
    }
  }

  static String required(Map<String, String> properties, String key) {
    String value = properties.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("property " + key + " is missing");
    }
    return value;
  }
}
