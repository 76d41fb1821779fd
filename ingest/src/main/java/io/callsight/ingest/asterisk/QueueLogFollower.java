package io.callsight.ingest.asterisk;

import io.callsight.ingest.EventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.ingest.PollLoop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a live queue_log like {@code tail -F}: takes each line once it is complete, survives
 * rotation by rename-and-create and by copy-truncate, and resumes after a restart from the position
 * it stored, without duplicates and without gaps. The position is stored only after the sink has
 * flushed what came before it.
 */
public final class QueueLogFollower implements Runnable, AutoCloseable {
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(200);

  private static final Logger LOG = LoggerFactory.getLogger(QueueLogFollower.class);

  private final Path file;
  private final OffsetStore offsets;
  private final EventSink sink;
  private final IngestMetrics metrics;
  private final Duration pollInterval;
  private final QueueLogPipe pipe;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private LineCursor cursor;
  private boolean waitingLogged;

  /**
   * The length of the renamed file when rotation was seen; it is finished once it stops growing.
   */
  private long rotatedLength = -1;

  public QueueLogFollower(
      Path file,
      OffsetStore offsets,
      QueueLogParser parser,
      EventSink sink,
      IngestMetrics metrics,
      Duration pollInterval) {
    this.file = file.toAbsolutePath();
    this.offsets = offsets;
    this.sink = sink;
    this.metrics = metrics;
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive, was " + pollInterval);
    }
    this.pipe = new QueueLogPipe(parser, sink, metrics);
  }

  /**
   * Follows the file until {@link #stop()} is called or the thread is interrupted. A file that
   * cannot be read is retried at the next poll; a sink that fails ends the run with its exception.
   */
  @Override
  public void run() {
    try {
      PollLoop.run(this::poll, pollInterval, stopped, LOG, file);
    } finally {
      closeCursor();
    }
  }

  /**
   * One round of following: reads every complete line there is, switching files on rotation. {@link
   * #run()} calls it every poll interval; tests call it directly.
   */
  public synchronized void poll() throws IOException {
    if (cursor == null && !resume()) {
      return;
    }
    drain(cursor, false);
    Optional<String> current = LineCursor.fileKey(file);
    if (current.isEmpty()) {
      // Renamed away and not yet re-created: keep reading the old file.
      rotatedLength = cursor.length();
    } else if (!current.get().equals(cursor.fileKey())) {
      finishRotatedFileWhenTheWriterHasMovedOn();
    } else if (Files.size(file) < cursor.offset()) {
      LOG.warn(
          "{} shrank below the {} bytes already read (copy-truncate rotation): reading it again"
              + " from the start",
          file,
          cursor.offset());
      switchTo(LineCursor.open(file, 0, 0));
      drain(cursor, false);
    }
    metrics.lagBytes(Math.max(0, cursor.length() - cursor.offset()));
  }

  /**
   * Asterisk writes to the renamed file until it reopens its log, so the renamed file is finished
   * only once the new one has data or the renamed one stopped growing for a whole poll.
   */
  private void finishRotatedFileWhenTheWriterHasMovedOn() throws IOException {
    long length = cursor.length();
    boolean writerMovedOn = Files.size(file) > 0 || length == rotatedLength;
    if (!writerMovedOn) {
      rotatedLength = length;
      return;
    }
    if (!drain(cursor, true)) {
      return;
    }
    LOG.info(
        "{} was rotated: read the old file to its end ({} lines), now reading the new one",
        file,
        cursor.position().line());
    switchTo(LineCursor.open(file, 0, 0));
    drain(cursor, false);
  }

  /** Opens the file where the stored position says, finishing a file rotated while stopped. */
  private boolean resume() throws IOException {
    Optional<String> current = LineCursor.fileKey(file);
    if (current.isEmpty()) {
      if (!waitingLogged) {
        LOG.info("waiting for {} to appear", file);
        waitingLogged = true;
      }
      return false;
    }
    Optional<ReadPosition> stored = offsets.load();
    if (stored.isEmpty()) {
      switchTo(LineCursor.open(file, 0, 0));
    } else if (stored.get().fileKey().equals(current.get())) {
      resumeSameFile(stored.get());
    } else {
      if (!finishFileRotatedWhileStopped(stored.get())) {
        return false;
      }
      switchTo(LineCursor.open(file, 0, 0));
    }
    return true;
  }

  private void resumeSameFile(ReadPosition stored) throws IOException {
    if (Files.size(file) < stored.offset()) {
      LOG.warn(
          "{} is shorter than the stored position {} (truncated while stopped): reading it from"
              + " the start",
          file,
          stored.offset());
      switchTo(LineCursor.open(file, 0, 0));
    } else {
      LOG.info("resuming {} at line {} (byte {})", file, stored.line() + 1, stored.offset());
      cursor = LineCursor.open(file, stored.offset(), stored.line());
    }
  }

  /** Returns whether the old file was finished (or is gone), so the new one can be started. */
  private boolean finishFileRotatedWhileStopped(ReadPosition stored) throws IOException {
    Optional<Path> rotated = sibling(stored.fileKey());
    if (rotated.isEmpty()) {
      LOG.warn(
          "{} was rotated while stopped and the old file ({}) is gone: lines after its line {} may"
              + " be missing",
          file,
          stored.file(),
          stored.line());
      return true;
    }
    LOG.info(
        "{} was rotated while stopped: finishing {} from line {}",
        file,
        rotated.get(),
        stored.line() + 1);
    try (LineCursor old = LineCursor.open(rotated.get(), stored.offset(), stored.line())) {
      return drain(old, true);
    }
  }

  /** The file in the same folder with this identity, e.g. {@code queue_log.1} after a rename. */
  private Optional<Path> sibling(String fileKey) throws IOException {
    try (Stream<Path> files = Files.list(file.getParent())) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> fileKey.equals(keyOrNull(p)))
          .findFirst();
    }
  }

  /** A file that cannot be looked at is not the one being looked for. */
  private static String keyOrNull(Path path) {
    try {
      return LineCursor.fileKey(path).orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Reads chunk after chunk, storing the position after each flushed chunk.
   *
   * @return true when everything there was got read, false when a stop cut it short
   */
  private boolean drain(LineCursor from, boolean finished) throws IOException {
    while (from.read(pipe::accept, finished) > 0) {
      sink.flush();
      offsets.save(from.position());
      if (stopped.getCount() == 0) {
        return false;
      }
    }
    return true;
  }

  private void switchTo(LineCursor next) throws IOException {
    closeCursor();
    cursor = next;
    rotatedLength = -1;
    offsets.save(next.position());
  }

  /** What has been read so far, for progress lines. */
  public QueueLogTally tally() {
    return pipe.tally();
  }

  /** Asks {@link #run()} to return after the current poll; the stored position stays exact. */
  public void stop() {
    stopped.countDown();
  }

  @Override
  public void close() {
    stop();
    closeCursor();
  }

  private synchronized void closeCursor() {
    if (cursor != null) {
      try {
        cursor.close();
      } catch (IOException e) {
        LOG.warn("closing {} failed: {}", cursor.path(), e.toString());
      }
      cursor = null;
    }
  }
}
