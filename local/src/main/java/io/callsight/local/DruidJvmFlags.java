package io.callsight.local;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The JVM flags Druid's servers need (without them {@code GROUP BY} fails with an
 * IllegalAccessError deep in a query), and a check that this JVM was started with them.
 */
public final class DruidJvmFlags {
  private static final List<String> EXPORTS =
      List.of("java.base/jdk.internal.ref", "java.base/jdk.internal.misc");
  private static final List<String> OPENS =
      List.of(
          "java.base/java.nio",
          "java.base/sun.nio.ch",
          "java.base/jdk.internal.ref",
          "java.base/java.io",
          "java.base/java.lang",
          "jdk.management/com.sun.management.internal",
          // Not for Druid itself: to end the executor threads Druid leaves behind when it stops.
          "java.base/java.util.concurrent");

  private DruidJvmFlags() {}

  /** Every flag, as it is written on a {@code java} command line. */
  public static List<String> all() {
    List<String> flags = new ArrayList<>();
    EXPORTS.forEach(p -> flags.add("--add-exports=" + p + "=ALL-UNNAMED"));
    OPENS.forEach(p -> flags.add("--add-opens=" + p + "=ALL-UNNAMED"));
    flags.add("-Duser.timezone=UTC");
    flags.add("-Dfile.encoding=UTF-8");
    return flags;
  }

  /** The flags this JVM lacks (empty when it can run Druid). */
  public static List<String> missing() {
    Module unnamed = DruidJvmFlags.class.getClassLoader().getUnnamedModule();
    List<String> missing = new ArrayList<>();
    for (String p : EXPORTS) {
      if (!module(p).map(m -> m.isExported(pkg(p), unnamed)).orElse(true)) {
        missing.add("--add-exports=" + p + "=ALL-UNNAMED");
      }
    }
    for (String p : OPENS) {
      if (!module(p).map(m -> m.isOpen(pkg(p), unnamed)).orElse(true)) {
        missing.add("--add-opens=" + p + "=ALL-UNNAMED");
      }
    }
    if (!"UTC".equals(TimeZone.getDefault().getID())) {
      missing.add("-Duser.timezone=UTC");
    }
    if (!Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
      missing.add("-Dfile.encoding=UTF-8");
    }
    return missing;
  }

  /** Fails with the list of missing flags if this JVM cannot run Druid. */
  public static void require() {
    List<String> missing = missing();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "this JVM cannot run Druid: start java with " + String.join(" ", missing));
    }
  }

  private static Optional<Module> module(String modulePackage) {
    return ModuleLayer.boot().findModule(modulePackage.substring(0, modulePackage.indexOf('/')));
  }

  private static String pkg(String modulePackage) {
    return modulePackage.substring(modulePackage.indexOf('/') + 1);
  }
}
