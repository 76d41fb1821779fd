package io.callsight.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Sends what Druid's libraries log through java.util.logging (Jersey, Guava, Guice) to a file
 * beside the services' logs instead of the console. java.util.logging is one per JVM, so this is
 * undone on close.
 */
final class DruidJulLog implements AutoCloseable {
  private static final List<String> NAMES = List.of("com.sun.jersey", "com.google");

  // Strong references: java.util.logging forgets the settings of loggers nobody holds.
  private final List<Logger> loggers = new ArrayList<>();
  private final List<Boolean> usedParents = new ArrayList<>();
  private final StreamHandler handler;

  private DruidJulLog(StreamHandler handler) {
    this.handler = handler;
  }

  static DruidJulLog toFile(Path file) throws IOException {
    OutputStream out = Files.newOutputStream(file);
    DruidJulLog log = new DruidJulLog(new StreamHandler(out, new SimpleFormatter()));
    for (String name : NAMES) {
      Logger logger = Logger.getLogger(name);
      log.loggers.add(logger);
      log.usedParents.add(logger.getUseParentHandlers());
      logger.addHandler(log.handler);
      logger.setUseParentHandlers(false);
    }
    return log;
  }

  @Override
  public void close() {
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).removeHandler(handler);
      loggers.get(i).setUseParentHandlers(usedParents.get(i));
    }
    handler.close();
  }
}
