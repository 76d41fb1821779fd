package io.callsight.local;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Druid's own classpath, which the build writes to {@code local-druid/target/druid-classpath.txt}
 * and which never joins this JVM's classpath (Druid and Flink disagree on Jackson, Kafka and more).
 */
final class DruidClasspath {
  /** The system property that points at the classpath file. */
  static final String PROPERTY = "callsight.druid.classpath";

  static final String RELATIVE = "local-druid/target/druid-classpath.txt";
  private static final String BUILD =
      "build it from the CallSight folder with `mvn -B -DskipTests package` (./callsight does this"
          + " on first use)";

  private DruidClasspath() {}

  /** The file named by {@value #PROPERTY}, else the first {@value #RELATIVE} up from here. */
  static Path file() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(RELATIVE))) {
        return d.resolve(RELATIVE);
      }
    }
    return dir.resolve(RELATIVE);
  }

  /** The jars in {@code file}, each checked to exist. */
  static List<URL> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "Druid's classpath file "
              + file
              + " is missing (set -D"
              + PROPERTY
              + "=FILE, or "
              + BUILD
              + ")");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8).strip();
    List<URL> urls = new ArrayList<>();
    for (String entry : text.split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (!Files.exists(jar)) {
        throw new IllegalStateException(
            "Druid's classpath file " + file + " names " + jar + ", which is missing: " + BUILD);
      }
      urls.add(toUrl(jar));
    }
    return urls;
  }

  private static URL toUrl(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
