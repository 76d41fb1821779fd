package io.callsight.ingest.recordings;

import io.callsight.ingest.EventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.ingest.PollLoop;
import io.callsight.ingest.StateFile;
import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.Recording;
import io.callsight.speech.RecordingFiles;
import io.callsight.speech.audio.BadAudioException;
import io.callsight.speech.audio.WavFormat;
import io.callsight.speech.audio.WavHeader;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a recordings folder (and its subfolders) the way Asterisk's MixMonitor fills it: a file
 * is finished once its size and time stayed the same for the quiet period and its WAV header
 * accounts for every byte. Each finished file becomes one {@code recordings} event; a file that
 * never becomes a readable WAV, or whose name names no call, becomes a dead letter. What was
 * announced is stored after Kafka acknowledged it, so a restart announces nothing twice and misses
 * nothing finished meanwhile.
 */
public final class RecordingsWatcher implements Runnable, AutoCloseable {
  public static final String SOURCE = "recordings-watcher";
  public static final String DEAD_LETTER_SOURCE = "ingest.recordings";

  private static final Logger LOG = LoggerFactory.getLogger(RecordingsWatcher.class);

  private final Path dir;
  private final RecordingNames names;
  private final PathMatcher glob;
  private final ChannelLayout stereoLayout;
  private final Duration quietPeriod;
  private final Duration giveUpAfter;
  private final Duration pollInterval;
  private final StateFile<AnnouncedRecordings> state;
  private final EventSink sink;
  private final IngestMetrics metrics;
  private final Clock clock;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private final Map<String, AnnouncedRecordings.Entry> announced = new LinkedHashMap<>();
  private final Map<Path, Sighting> pending = new HashMap<>();
  private boolean loaded;

  /** A file not yet finished: how it looked when first seen unchanged. */
  private record Sighting(long size, long modified, long sinceMillis) {}

  public RecordingsWatcher(
      RecordingsIngestOptions options, EventSink sink, IngestMetrics metrics, Clock clock) {
    this.dir = options.dir().toAbsolutePath().normalize();
    this.names = options.names();
    this.glob = FileSystems.getDefault().getPathMatcher("glob:" + options.glob());
    this.stereoLayout = options.stereoLayout();
    this.quietPeriod = options.quietPeriod();
    this.giveUpAfter = options.giveUpAfter();
    this.pollInterval = options.pollInterval();
    this.state =
        new StateFile<>(
            options.stateFile(),
            AnnouncedRecordings.class,
            "delete it to announce every recording in " + options.dir() + " again");
    this.sink = sink;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Polls until {@link #stop()}. A folder that cannot be read is retried at the next poll; a sink
   * that fails ends the run with its exception.
   */
  @Override
  public void run() {
    PollLoop.run(this::poll, pollInterval, stopped, LOG, dir);
  }

  /** One look at the folder: announces what finished since the last look. Tests call it. */
  public synchronized int poll() throws IOException {
    if (!loaded) {
      state.load().ifPresent(s -> s.files().forEach(e -> announced.put(e.path(), e)));
      loaded = true;
      LOG.info("watching {} ({} recordings announced before)", dir, announced.size());
    }
    Map<Path, BasicFileAttributes> files = list();
    long now = clock.millis();
    long waitingBytes = 0;
    int done = 0;
    for (Map.Entry<Path, BasicFileAttributes> f : files.entrySet()) {
      Path file = f.getKey();
      long size = f.getValue().size();
      long modified = f.getValue().lastModifiedTime().toMillis();
      AnnouncedRecordings.Entry before = announced.get(file.toString());
      if (before != null) {
        if (before.size() == size && before.modified() == modified) {
          continue;
        }
        LOG.warn("{} changed after it was announced: announcing it again", file);
        announced.remove(file.toString());
      }
      Sighting seen = pending.get(file);
      if (seen == null || seen.size() != size || seen.modified() != modified) {
        pending.put(file, new Sighting(size, modified, now));
        waitingBytes += size;
      } else if (now - seen.sinceMillis() >= quietPeriod.toMillis() && settle(file, seen, now)) {
        pending.remove(file);
        done++;
      } else {
        waitingBytes += size;
      }
    }
    pending.keySet().retainAll(files.keySet());
    boolean forgot = announced.keySet().removeIf(p -> !files.containsKey(Path.of(p)));
    if (done > 0 || forgot) {
      sink.flush();
      state.save(new AnnouncedRecordings(new ArrayList<>(announced.values())));
    }
    metrics.lagBytes(waitingBytes);
    return done;
  }

  /**
   * Announces or sets aside a file that stopped changing; returns false while it should be given
   * more time (its header does not yet account for its bytes).
   */
  private boolean settle(Path file, Sighting seen, long now) {
    Optional<BadAudioException> problem = finished(file, seen.size());
    boolean givingUp = now - seen.sinceMillis() >= giveUpAfter.toMillis();
    if (problem.isPresent() && !givingUp) {
      return false;
    }
    metrics.recordRead();
    Optional<RecordingFiles.Owner> owner = names.owner(file.getFileName().toString());
    if (problem.isPresent()) {
      setAside(
          file,
          seen,
          DeadLetterReason.BAD_AUDIO,
          problem.get().getMessage()
              + " (unchanged for "
              + Duration.ofMillis(now - seen.sinceMillis())
              + ")");
    } else if (owner.isEmpty()) {
      setAside(
          file,
          seen,
          DeadLetterReason.INVALID,
          file
              + ": the file name does not match the recording name pattern "
              + names.pattern()
              + ", so its call is unknown");
    } else {
      try {
        Recording r = RecordingFiles.describe(file, owner.get(), stereoLayout, SOURCE);
        sink.recording(r);
        metrics.recordingAnnounced();
        metrics.newestEventTime(r.eventTime());
        announced.put(file.toString(), entry(file, seen, r.recordingId()));
        LOG.info(
            "announced {} for call {} ({} ms, {}, {} Hz, {})",
            file,
            r.callId(),
            r.durationMs(),
            r.codec().json(),
            r.sampleRate(),
            r.layout().json());
      } catch (BadAudioException e) {
        setAside(file, seen, DeadLetterReason.BAD_AUDIO, e.getMessage());
      }
    }
    return true;
  }

  /** Empty when the header reads and accounts for every byte of the file. */
  private static Optional<BadAudioException> finished(Path file, long size) {
    try {
      WavFormat f = WavHeader.read(file);
      long dataEnd = f.dataOffset() + f.dataBytes();
      // Trailing chunks (LIST after the data) are fine; a shorter file is still being written.
      return dataEnd <= size
          ? Optional.empty()
          : Optional.of(new BadAudioException(file, "its data ends past the end of the file"));
    } catch (BadAudioException e) {
      return Optional.of(e);
    }
  }

  private void setAside(Path file, Sighting seen, DeadLetterReason code, String reason) {
    LOG.warn("set aside {}: {}", file, reason);
    sink.deadLetter(
        DeadLetter.of(DEAD_LETTER_SOURCE, code, reason, file.toUri().toString(), file.toString()));
    metrics.deadLettered(code.name());
    announced.put(file.toString(), entry(file, seen, null));
  }

  private static AnnouncedRecordings.Entry entry(Path file, Sighting seen, String recordingId) {
    return new AnnouncedRecordings.Entry(
        file.toString(), seen.size(), seen.modified(), recordingId);
  }

  /** Every regular file under the folder whose name matches the glob, with its attributes. */
  private Map<Path, BasicFileAttributes> list() throws IOException {
    Map<Path, BasicFileAttributes> files = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) {
      throw new IOException("the recordings folder " + dir + " does not exist");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.getFileName() != null && glob.matches(p.getFileName())) {
          try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (a.isRegularFile()) {
              files.put(p, a);
            }
          } catch (IOException e) {
            // Deleted or moved between listing and looking: the next poll will know.
          }
        }
      }
    }
    return files;
  }

  /** Asks {@link #run()} to return after the current poll. */
  public void stop() {
    stopped.countDown();
  }

  @Override
  public void close() {
    stop();
  }

  /** Recordings announced or set aside, as stored. */
  public synchronized int announcedCount() {
    return announced.size();
  }
}
