package io.callsight.common;

import java.io.IOException;
import java.io.UncheckedIOException;
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

  /**
   * Deletes a temporary folder as well as it can. Other threads may still add or remove files in it
   * (a JVM's shutdown hooks run at once), so a failed pass is tried again a few times.
   */
  public static void deleteQuietly(Path dir) {
    for (int pass = 0; pass < 10 && Files.exists(dir); pass++) {
      try {
        delete(dir);
      } catch (IOException | UncheckedIOException e) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
