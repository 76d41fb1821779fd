package io.callsight.local.druid;

import com.google.inject.Injector;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.druid.cli.CliBroker;
import org.apache.druid.cli.CliCoordinator;
import org.apache.druid.cli.CliHistorical;
import org.apache.druid.cli.CliIndexer;
import org.apache.druid.cli.CliRouter;
import org.apache.druid.cli.ServerRunnable;
import org.apache.druid.guice.RuntimeInfoModule;
import org.apache.druid.guice.StartupInjectorBuilder;
import org.apache.druid.java.util.common.lifecycle.Lifecycle;

/**
 * One Druid server (coordinator, broker, historical, indexer or router) started the way Druid's
 * {@code Main} starts it, but from a map of properties instead of runtime.properties files, and
 * without {@code System.exit} when start-up fails.
 */
final class DruidServer implements AutoCloseable {
  private final Lifecycle lifecycle;
  private final Map<String, String> properties;

  private DruidServer(Lifecycle lifecycle, Map<String, String> properties) {
    this.lifecycle = lifecycle;
    this.properties = properties;
  }

  static DruidServer start(String role, Map<String, String> properties) throws Exception {
    setDerbyProperties(properties);
    Properties props = new Properties();
    props.putAll(properties);
    Injector startup =
        new StartupInjectorBuilder()
            .withExtensions()
            .withProperties(props)
            .add(new RuntimeInfoModule())
            .build();
    ServerRunnable server = command(role);
    startup.injectMembers(server);
    Injector injector = server.makeInjector(nodeRoles(server, props));
    Lifecycle lifecycle = injector.getInstance(Lifecycle.class);
    try {
      lifecycle.start();
    } catch (Exception e) {
      lifecycle.stop();
      clearDerbyProperties(properties);
      throw e;
    }
    return new DruidServer(lifecycle, properties);
  }

  private static ServerRunnable command(String role) {
    return switch (role) {
      case "coordinator" -> new CliCoordinator();
      case "broker" -> new CliBroker();
      case "historical" -> new CliHistorical();
      case "indexer" -> new CliIndexer();
      case "router" -> new CliRouter();
      default -> throw new IllegalArgumentException("unknown Druid service role: " + role);
    };
  }

  /** Druid's own choice of roles (the coordinator adds the overlord's when asked to). */
  @SuppressWarnings("unchecked")
  private static Set<org.apache.druid.discovery.NodeRole> nodeRoles(
      ServerRunnable server, Properties props) throws ReflectiveOperationException {
    Method roles = ServerRunnable.class.getDeclaredMethod("getNodeRoles", Properties.class);
    roles.setAccessible(true);
    return (Set<org.apache.druid.discovery.NodeRole>) roles.invoke(server, props);
  }

  /**
   * The coordinator hosts Derby (Druid does that when the metadata store type is derby); Derby
   * takes its settings from system properties only, read once when its engine boots.
   */
  private static void setDerbyProperties(Map<String, String> properties) {
    properties.forEach(
        (key, value) -> {
          if (key.startsWith("derby.")) {
            System.setProperty(key, value);
          }
        });
  }

  private static void clearDerbyProperties(Map<String, String> properties) {
    properties.keySet().stream().filter(k -> k.startsWith("derby.")).forEach(System::clearProperty);
  }

  @Override
  public void close() {
    try {
      lifecycle.stop();
    } finally {
      clearDerbyProperties(properties);
    }
  }
}
