package io.callsight.ingest.asterisk;

import io.callsight.ingest.IngestChecks;
import io.callsight.ingest.IngestOptionsBuilder;
import io.callsight.schemas.CallerIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What the queue_log adapter reads and where it writes, checked once at start-up so a bad value is
 * a clear error before anything runs. Build it with {@link #builder(Path, String)}.
 *
 * @param file the queue_log, e.g. {@code /var/log/asterisk/queue_log}
 * @param follow follow the live file (true) or read it once to its end (false)
 * @param offsetsFile where a follower keeps its position between runs
 * @param bootstrapServers the Kafka brokers
 * @param callerHashKey the secret caller numbers are hashed with (at least 16 bytes)
 * @param metricsHost the address the Prometheus endpoint listens on
 * @param metricsPort its port (0 picks a free one)
 * @param pollInterval how often a follower looks for new lines
 * @param topicPartitions partitions of topics this adapter has to create
 */
public record QueueLogIngestOptions(
    Path file,
    boolean follow,
    Path offsetsFile,
    String bootstrapServers,
    String callerHashKey,
    String metricsHost,
    int metricsPort,
    Duration pollInterval,
    int topicPartitions) {

  public static final int DEFAULT_METRICS_PORT = 9401;

  public QueueLogIngestOptions {
    Objects.requireNonNull(file, "the queue_log file is required");
    Objects.requireNonNull(offsetsFile, "the offsets file is required");
    if (follow) {
      Path folder = file.toAbsolutePath().getParent();
      if (!Files.isDirectory(folder)) {
        throw new IllegalArgumentException(
            "cannot follow " + file + ": its folder " + folder + " does not exist");
      }
    } else if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("the queue_log file " + file + " does not exist");
    }
    if (callerHashKey == null || callerHashKey.isEmpty()) {
      throw new IllegalArgumentException(
          "a caller-hash key is required: caller numbers are never written unhashed");
    }
    CallerIds.withKey(callerHashKey);
    IngestChecks.requireOutput(bootstrapServers, metricsHost, metricsPort, topicPartitions);
    IngestChecks.requirePositive(pollInterval, "the poll interval");
  }

  /** Options for reading {@code file} once, with every other value at its default. */
  public static Builder builder(Path file, String callerHashKey) {
    return new Builder(file, callerHashKey);
  }

  /** Fills in the defaults; {@link #build()} checks the result. */
  public static final class Builder extends IngestOptionsBuilder<Builder> {
    private final Path file;
    private final String callerHashKey;
    private boolean follow;
    private Path offsetsFile;

    private Builder(Path file, String callerHashKey) {
      super(DEFAULT_METRICS_PORT, QueueLogFollower.DEFAULT_POLL_INTERVAL);
      this.file = file;
      this.callerHashKey = callerHashKey;
    }

    public Builder follow(boolean v) {
      follow = v;
      return this;
    }

    /** Default: {@code <file name>.offsets.json} in the working directory. */
    public Builder offsetsFile(Path v) {
      offsetsFile = v;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    public QueueLogIngestOptions build() {
      Objects.requireNonNull(file, "the queue_log file is required");
      Path offsets =
          offsetsFile != null ? offsetsFile : Path.of(file.getFileName() + ".offsets.json");
      return new QueueLogIngestOptions(
          file,
          follow,
          offsets,
          bootstrapServers,
          callerHashKey,
          metricsHost,
          metricsPort,
          pollInterval,
          topicPartitions);
    }
  }
}
