package io.callsight.ingest.recordings;

import io.callsight.ingest.IngestChecks;
import io.callsight.ingest.IngestOptionsBuilder;
import io.callsight.schemas.ChannelLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What the recordings watcher watches and where it writes, checked once at start-up. Build it with
 * {@link #builder(Path)}.
 *
 * @param dir the recordings folder, e.g. {@code /var/spool/asterisk/monitor}; subfolders too
 * @param names how a file name gives the call id (and perhaps queue and agent)
 * @param glob which file names are recordings, e.g. {@code *.wav}
 * @param stereoLayout which channel of a stereo file is the agent's
 * @param quietPeriod a file unchanged this long (and whose header accounts for its bytes) is done
 * @param giveUpAfter a file unchanged this long that is still no readable WAV is set aside
 * @param stateFile where the announced files are kept between runs
 * @param pollInterval how often the folder is looked at
 */
public record RecordingsIngestOptions(
    Path dir,
    RecordingNames names,
    String glob,
    ChannelLayout stereoLayout,
    Duration quietPeriod,
    Duration giveUpAfter,
    Path stateFile,
    String bootstrapServers,
    String metricsHost,
    int metricsPort,
    Duration pollInterval,
    int topicPartitions) {

  public static final int DEFAULT_METRICS_PORT = 9404;

  public RecordingsIngestOptions {
    Objects.requireNonNull(dir, "the recordings folder is required");
    Objects.requireNonNull(names, "the recording name pattern is required");
    Objects.requireNonNull(stereoLayout, "the channel layout is required");
    Objects.requireNonNull(stateFile, "the state file is required");
    if (glob == null || glob.isBlank()) {
      throw new IllegalArgumentException("the recording file glob is required, e.g. *.wav");
    }
    requireNotNegative(quietPeriod, "the quiet period");
    requireNotNegative(giveUpAfter, "the give-up time");
    if (giveUpAfter.compareTo(quietPeriod) < 0) {
      throw new IllegalArgumentException(
          "the give-up time "
              + giveUpAfter
              + " must not be shorter than the quiet period "
              + quietPeriod);
    }
    IngestChecks.requireOutput(bootstrapServers, metricsHost, metricsPort, topicPartitions);
    IngestChecks.requirePositive(pollInterval, "the poll interval");
  }

  private static void requireNotNegative(Duration d, String what) {
    if (d == null || d.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, was " + d);
    }
  }

  /** Options for watching {@code dir} with every other value at its default. */
  public static Builder builder(Path dir) {
    return new Builder(dir);
  }

  /** Fills in the defaults; {@link #build()} checks the result. */
  public static final class Builder extends IngestOptionsBuilder<Builder> {
    private final Path dir;
    private String pattern = RecordingNames.DEFAULT_PATTERN;
    private String glob = "*.wav";
    private ChannelLayout stereoLayout = ChannelLayout.AGENT_LEFT;
    private Duration quietPeriod = Duration.ofSeconds(3);
    private Duration giveUpAfter = Duration.ofMinutes(10);
    private Path stateFile;

    private Builder(Path dir) {
      super(DEFAULT_METRICS_PORT, Duration.ofSeconds(1));
      this.dir = dir;
    }

    /** A regular expression with a named group {@code callId}. */
    public Builder pattern(String v) {
      pattern = v;
      return this;
    }

    public Builder glob(String v) {
      glob = v;
      return this;
    }

    public Builder stereoLayout(ChannelLayout v) {
      stereoLayout = v;
      return this;
    }

    public Builder quietPeriod(Duration v) {
      quietPeriod = v;
      return this;
    }

    public Builder giveUpAfter(Duration v) {
      giveUpAfter = v;
      return this;
    }

    /** Default: {@code <folder name>.recordings.json} in the working directory. */
    public Builder stateFile(Path v) {
      stateFile = v;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    public RecordingsIngestOptions build() {
      Objects.requireNonNull(dir, "the recordings folder is required");
      Path state =
          stateFile != null
              ? stateFile
              : Path.of(dir.toAbsolutePath().normalize().getFileName() + ".recordings.json");
      return new RecordingsIngestOptions(
          dir,
          RecordingNames.of(pattern),
          glob,
          stereoLayout,
          quietPeriod,
          giveUpAfter,
          state,
          bootstrapServers,
          metricsHost,
          metricsPort,
          pollInterval,
          topicPartitions);
    }
  }
}
