package io.callsight.cli;

import io.callsight.ingest.ami.AmiEndpoint;
import io.callsight.ingest.ami.AmiIngest;
import io.callsight.ingest.ami.AmiIngestOptions;
import io.callsight.ingest.asterisk.QueueLogIngest;
import io.callsight.ingest.asterisk.QueueLogIngestOptions;
import io.callsight.ingest.recordings.RecordingNames;
import io.callsight.ingest.recordings.RecordingsIngest;
import io.callsight.ingest.recordings.RecordingsIngestOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code callsight ingest}: switch adapters that write call and agent events to Kafka. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Reads a phone switch and writes call-events, agent-events, recordings and dead-letters to"
            + " Kafka.",
    subcommands = {
      IngestCommand.QueueLog.class,
      IngestCommand.Ami.class,
      IngestCommand.Recordings.class
    })
final class IngestCommand {
  /** Where the events go and where the metrics are served. */
  static final class KafkaAndMetrics {
    @Option(
        names = "--kafka",
        paramLabel = "HOST:PORT",
        defaultValue = "localhost:9092",
        description = "Kafka bootstrap servers. Default: ${DEFAULT-VALUE}")
    String kafka;

    @Option(
        names = "--metrics-port",
        paramLabel = "PORT",
        description = "Port of the Prometheus endpoint /metrics (0 picks a free one)")
    Integer metricsPort;

    @Option(
        names = "--partitions",
        paramLabel = "N",
        defaultValue = "3",
        description = "Partitions of topics this creates. Default: ${DEFAULT-VALUE}")
    int partitions;
  }

  @Command(
      name = "queue-log",
      mixinStandardHelpOptions = true,
      description = {
        "Reads an Asterisk queue_log once, or follows it like tail -F (through log rotation),"
            + " and writes its events to Kafka.",
        "With --follow the position is stored after every batch Kafka acknowledged, so a"
            + " restart resumes where it stopped."
      })
  static final class QueueLog implements Callable<Integer> {
    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The queue_log")
    Path file;

    @Option(names = "--follow", description = "Keep following the file as it grows")
    boolean follow;

    @Option(
        names = "--offsets",
        paramLabel = "FILE",
        description = "Where the read position is kept (default: FILE.offsets.json beside it)")
    Path offsets;

    @Mixin KafkaAndMetrics out;
    @Mixin CallerKey callerKey;

    @Override
    public Integer call() throws Exception {
      QueueLogIngestOptions.Builder b =
          QueueLogIngestOptions.builder(file, callerKey.require())
              .follow(follow)
              .bootstrapServers(out.kafka)
              .topicPartitions(out.partitions)
              .metricsPort(
                  out.metricsPort != null
                      ? out.metricsPort
                      : QueueLogIngestOptions.DEFAULT_METRICS_PORT);
      if (offsets != null) {
        b.offsetsFile(offsets);
      }
      try (QueueLogIngest ingest = QueueLogIngest.connect(b.build(), System.err)) {
        Thread stopper = new Thread(ingest::stop, "stop queue_log ingest");
        Runtime.getRuntime().addShutdownHook(stopper);
        ingest.run();
      }
      return 0;
    }
  }

  @Command(
      name = "ami",
      mixinStandardHelpOptions = true,
      description = {
        "Connects to the Asterisk Manager Interface and turns its live queue and agent events"
            + " into call-events and agent-events on Kafka.",
        "Needs a manager.conf user with read = agent,call,dialplan (timestampevents = yes"
            + " recommended)."
      })
  static final class Ami implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "localhost", description = "AMI host")
    String host;

    @Option(
        names = "--port",
        defaultValue = "" + AmiEndpoint.DEFAULT_PORT,
        description = "AMI port")
    int port;

    @Option(names = "--user", required = true, description = "AMI user name")
    String user;

    @Option(
        names = "--secret",
        defaultValue = "${env:CALLSIGHT_AMI_SECRET}",
        description = "AMI secret. Default: $CALLSIGHT_AMI_SECRET")
    String secret;

    @Mixin KafkaAndMetrics out;
    @Mixin CallerKey callerKey;

    @Override
    public Integer call() throws Exception {
      if (secret == null || secret.isBlank()) {
        throw new IllegalArgumentException(
            "no AMI secret: set CALLSIGHT_AMI_SECRET or pass --secret");
      }
      AmiIngestOptions options =
          new AmiIngestOptions(
              new AmiEndpoint(host, port, user, secret),
              out.kafka,
              callerKey.require(),
              AmiIngestOptions.DEFAULT_METRICS_HOST,
              out.metricsPort != null ? out.metricsPort : AmiIngestOptions.DEFAULT_METRICS_PORT,
              out.partitions,
              AmiIngestOptions.DEFAULT_CALL_TTL,
              AmiIngestOptions.DEFAULT_EXIT_REASON_WAIT,
              Duration.ofSeconds(30));
      try (AmiIngest ingest = AmiIngest.start(options, System.err)) {
        Runtime.getRuntime().addShutdownHook(new Thread(ingest::close, "stop AMI ingest"));
        ingest.awaitTermination();
      }
      return 0;
    }
  }

  @Command(
      name = "recordings",
      mixinStandardHelpOptions = true,
      description = {
        "Watches a recordings folder (and its subfolders) as Asterisk MixMonitor fills it and"
            + " announces every finished recording on the recordings topic.",
        "A file is finished once it has not changed for the quiet period and its WAV header"
            + " accounts for every byte. The announced files are kept in a state file, so a"
            + " restart announces nothing twice and misses nothing."
      })
  static final class Recordings implements Callable<Integer> {
    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The folder")
    Path dir;

    @Option(
        names = "--pattern",
        paramLabel = "REGEX",
        defaultValue = RecordingNames.DEFAULT_PATTERN,
        description =
            "How a file name gives the call id: a regular expression with a named group callId"
                + " (and optionally queue, agentId). Default: ${DEFAULT-VALUE}")
    String pattern;

    @Option(
        names = "--glob",
        paramLabel = "GLOB",
        defaultValue = "*.wav",
        description = "Which file names are recordings. Default: ${DEFAULT-VALUE}")
    String glob;

    @Mixin LayoutOption layout;

    @Option(
        names = "--quiet",
        paramLabel = "DURATION",
        defaultValue = "PT3S",
        description = "A file unchanged this long is finished. Default: ${DEFAULT-VALUE}")
    Duration quiet;

    @Option(
        names = "--give-up",
        paramLabel = "DURATION",
        defaultValue = "PT10M",
        description =
            "A file unchanged this long that is still not a readable WAV becomes a dead letter."
                + " Default: ${DEFAULT-VALUE}")
    Duration giveUp;

    @Option(
        names = "--state",
        paramLabel = "FILE",
        description = "Where the announced files are kept (default: DIR-NAME.recordings.json)")
    Path state;

    @Mixin KafkaAndMetrics out;

    @Override
    public Integer call() throws Exception {
      RecordingsIngestOptions.Builder b =
          RecordingsIngestOptions.builder(dir)
              .pattern(pattern)
              .glob(glob)
              .stereoLayout(layout.layout)
              .quietPeriod(quiet)
              .giveUpAfter(giveUp)
              .bootstrapServers(out.kafka)
              .topicPartitions(out.partitions)
              .metricsPort(
                  out.metricsPort != null
                      ? out.metricsPort
                      : RecordingsIngestOptions.DEFAULT_METRICS_PORT);
      if (state != null) {
        b.stateFile(state);
      }
      try (RecordingsIngest ingest = RecordingsIngest.connect(b.build(), System.err)) {
        Runtime.getRuntime().addShutdownHook(new Thread(ingest::stop, "stop recordings ingest"));
        ingest.run();
      }
      return 0;
    }
  }
}
