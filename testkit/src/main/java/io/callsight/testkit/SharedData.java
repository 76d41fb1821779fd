package io.callsight.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real data files that tests read from the workplace's shared data folder ({@code ../shared/data}
 * beside the repository, or the folder named by {@code -Dcallsight.shared.data}).
 */
public final class SharedData {
  private SharedData() {}

  /** The real Asterisk queue_log from a small call centre (see its README for its origin). */
  public static Path voipReportsQueueLog() {
    return file("voipreports1.queue_log");
  }

  /** A shared data file; fails with what to do when it is missing. */
  public static Path file(String name) {
    Path dir =
        Path.of(
            System.getProperty(
                "callsight.shared.data", repositoryRoot().resolve("../shared/data").toString()));
    Path file = dir.resolve(name).normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "test data file "
              + file
              + " is missing: put the shared data folder beside the repository (../shared/data)"
              + " or point -Dcallsight.shared.data at it");
    }
    return file;
  }

  /** The repository root: the nearest folder upwards holding the parent POM and .git. */
  public static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !(Files.exists(dir.resolve(".git")) && Files.exists(dir.resolve("pom.xml")))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("tests must run inside the CallSight repository");
    }
    return dir;
  }
}
