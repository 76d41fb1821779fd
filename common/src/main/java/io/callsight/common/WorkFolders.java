package io.callsight.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Work folders of the local stack, the demo and the benchmarks: created for one run, deleted with
 * everything in them after.
 */
public final class WorkFolders {
  private WorkFolders() {}

  /** Deletes {@code dir} and everything in it; nothing happens if it does not exist. */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Deletes what it can of a temporary folder; the OS cleans up the rest eventually. */
  public static void deleteQuietly(Path dir) {
    try {
      delete(dir);
    } catch (IOException e) {
      // A temporary folder: nothing depends on it being gone.
    }
  }
}
