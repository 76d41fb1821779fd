package io.callsight.ingest;

import io.callsight.schemas.InvalidRecordException;
import io.callsight.schemas.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A small JSON file where an ingest process keeps how far it got, replaced atomically so a crash
 * leaves either the old state or the new one, never half of one.
 */
public final class StateFile<T> {
  private final Path file;
  private final Class<T> type;
  private final String whatToDoIfUnreadable;

  /**
   * @param whatToDoIfUnreadable what a person should do when the file is corrupt, e.g. "delete it
   *     to read the queue_log from the start again"
   */
  public StateFile(Path file, Class<T> type, String whatToDoIfUnreadable) {
    this.file = file.toAbsolutePath();
    this.type = type;
    this.whatToDoIfUnreadable = whatToDoIfUnreadable;
  }

  /** The stored state, or empty when nothing has been stored yet. */
  public Optional<T> load() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.fromBytes(bytes, type));
    } catch (InvalidRecordException e) {
      throw new IOException(
          "the state file "
              + file
              + " is unreadable ("
              + e.getMessage()
              + "): "
              + whatToDoIfUnreadable,
          e);
    }
  }

  /** Stores the state durably (written, synced, then moved over the old one). */
  public void save(T state) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel out =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer bytes = ByteBuffer.wrap(Json.toBytes(state));
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
      out.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  public Path file() {
    return file;
  }
}
