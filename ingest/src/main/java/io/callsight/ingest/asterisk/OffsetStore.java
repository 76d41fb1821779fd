package io.callsight.ingest.asterisk;

import io.callsight.ingest.StateFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Remembers how far a queue_log has been read in a small JSON file, replaced atomically so a crash
 * leaves either the old position or the new one, never half of one.
 */
public final class OffsetStore {
  private final StateFile<ReadPosition> state;

  public OffsetStore(Path file) {
    this.state =
        new StateFile<>(
            file, ReadPosition.class, "delete it to read the queue_log from the start again");
  }

  /** The stored position, or empty when nothing has been read yet. */
  public Optional<ReadPosition> load() throws IOException {
    return state.load();
  }

  /** Stores the position durably (written, synced, then moved over the old one). */
  public void save(ReadPosition position) throws IOException {
    state.save(position);
  }

  public Path file() {
    return state.file();
  }
}
