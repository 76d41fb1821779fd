package io.callsight.local.druid;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.AppenderComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

/** One service's log: everything it logs goes to a file, nothing to the console. */
final class ServiceLog implements AutoCloseable {
  private final LoggerContext context;

  private ServiceLog(LoggerContext context) {
    this.context = context;
  }

  /**
   * Configures this classloader's Log4j (each service has its own copy) to write to {@code file}.
   */
  static ServiceLog toFile(String file) {
    ConfigurationBuilder<BuiltConfiguration> config =
        ConfigurationBuilderFactory.newConfigurationBuilder();
    config.setConfigurationName("callsight-local-druid");
    // EmbeddedDruid stops the service; a Log4j shutdown hook per service would outlive it.
    config.setShutdownHook("disable");
    config.setStatusLevel(Level.ERROR);
    AppenderComponentBuilder appender =
        config
            .newAppender("file", FileAppender.PLUGIN_NAME)
            .addAttribute("fileName", file)
            .addAttribute("append", true)
            .add(
                config
                    .newLayout("PatternLayout")
                    .addAttribute("pattern", "%d{ISO8601} %-5p [%t] %c - %m%n%throwable"));
    config.add(appender);
    config.add(config.newRootLogger(Level.INFO).add(config.newAppenderRef("file")));
    // Druid logs every HTTP request and segment announcement at INFO; the file stays readable.
    config.add(config.newLogger("org.apache.druid.server.log", Level.WARN));
    config.add(config.newLogger("org.apache.zookeeper", Level.WARN));
    config.add(config.newLogger("org.apache.kafka", Level.WARN));
    return new ServiceLog(
        Configurator.initialize(ServiceLog.class.getClassLoader(), config.build()));
  }

  @Override
  public void close() {
    Configurator.shutdown(context);
  }
}
