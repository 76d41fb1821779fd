package io.callsight.speech.vosk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.Model;

/**
 * One loaded Vosk {@link Model} per model folder per JVM, shared by every recogniser: a real model
 * takes hundreds of megabytes and seconds to load. Counted references free it when the last user
 * lets go.
 */
public final class SharedModels {
  private static final Logger LOG = LoggerFactory.getLogger(SharedModels.class);
  private static final Map<Path, Entry> LOADED = new HashMap<>();

  private SharedModels() {}

  /** A use of a shared model; closing it gives the use back. */
  public static final class Lease implements AutoCloseable {
    private final ModelFolder folder;
    private final Model model;
    private boolean closed;

    private Lease(ModelFolder folder, Model model) {
      this.folder = folder;
      this.model = model;
    }

    public ModelFolder folder() {
      return folder;
    }

    Model model() {
      return model;
    }

    @Override
    public void close() {
      synchronized (SharedModels.class) {
        if (!closed) {
          closed = true;
          release(folder.path());
        }
      }
    }
  }

  private static final class Entry {
    final Model model;
    int users;

    Entry(Model model) {
      this.model = model;
    }
  }

  /**
   * The model in this folder, loaded on first use.
   *
   * @throws IllegalStateException naming the folder when a file is missing or libvosk refuses it
   */
  public static synchronized Lease acquire(Path path) {
    ModelFolder folder = ModelFolder.check(path);
    Entry entry = LOADED.get(folder.path());
    if (entry == null) {
      VoskRuntime.init();
      long started = System.nanoTime();
      try {
        entry = new Entry(new Model(folder.path().toString()));
      } catch (IOException e) {
        throw new IllegalStateException(
            "libvosk could not load the model in "
                + folder.path()
                + " although every file it needs is there: one of them is broken (its log line"
                + " above says which). To fix it, "
                + ModelFolder.WHERE_TO_GET,
            e);
      }
      LOG.info(
          "loaded the Vosk model {} ({} Hz) in {} ms",
          folder.path(),
          folder.sampleRate(),
          (System.nanoTime() - started) / 1_000_000);
      LOADED.put(folder.path(), entry);
    }
    entry.users++;
    return new Lease(folder, entry.model);
  }

  /** How many loaded models this JVM holds, for tests of the sharing. */
  public static synchronized int loaded() {
    return LOADED.size();
  }

  private static void release(Path path) {
    Entry entry = LOADED.get(path);
    if (entry != null && --entry.users == 0) {
      LOADED.remove(path);
      entry.model.close();
      LOG.info("freed the Vosk model {}", path);
    }
  }
}
