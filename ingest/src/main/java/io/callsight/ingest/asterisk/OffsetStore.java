package io.callsight.ingest.asterisk;

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
 * Remembers how far a queue_log has been read in a small JSON file, replaced atomically so a crash
 * leaves either the old position or the new one, never half of one.
 */
public final class OffsetStore {
  private final Path file;

  public OffsetStore(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** The stored position, or empty when nothing has been read yet. */
  public Optional<ReadPosition> load() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.fromBytes(bytes, ReadPosition.class));
    } catch (InvalidRecordException e) {
      throw new IOException(
          "the offsets file "
              + file
              + " is unreadable ("
              + e.getMessage()
              + "): delete it to read the queue_log from the start again",
          e);
    }
  }

  /** Stores the position durably (written, synced, then moved over the old one). */
  public void save(ReadPosition position) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel out =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer bytes = ByteBuffer.wrap(Json.toBytes(position));
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
