package io.callsight.jobs.transcribe;

import io.callsight.common.Option;
import io.callsight.common.Options;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.speech.SpeechOptions;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the transcription job can be told, typed and checked once at start-up: Kafka and Flink
 * as for the KPI job, how many recordings wait per job instance, and the speech options.
 *
 * @param inFlight recordings each job instance holds at once (running or queued for a recogniser);
 *     back-pressure beyond that
 * @param timeout a recording not transcribed within this is set aside as a dead letter
 * @param ownDomains the centre's own e-mail domains, whose addresses are not redacted
 */
public record TranscribeOptions(
    String bootstrapServers,
    String groupId,
    int parallelism,
    Duration checkpointInterval,
    String checkpointDir,
    int inFlight,
    Duration timeout,
    SpeechOptions speech,
    List<String> ownDomains)
    implements Serializable {

  public static final Option<String> GROUP =
      Option.text(
          "kafka.group-id",
          "callsight-transcribe",
          "Kafka consumer group of the transcription job");
  public static final Option<Integer> IN_FLIGHT =
      Option.integer(
          "transcribe.in-flight",
          4,
          1,
          "Recordings each job instance holds at once (transcribing or waiting for a recogniser);"
              + " beyond that the job back-pressures Kafka");
  public static final Option<Duration> TIMEOUT =
      Option.duration(
          "transcribe.timeout",
          Duration.ofMinutes(10),
          "A recording not transcribed within this is set aside as a dead letter");

  /** Every option: the job's own, the shared Kafka and Flink ones, and the speech options. */
  public static final List<Option<?>> ALL = all();

  private static List<Option<?>> all() {
    List<Option<?>> all =
        new ArrayList<>(
            List.of(
                KpiOptions.BOOTSTRAP,
                GROUP,
                QualityOptions.PARALLELISM,
                KpiOptions.CHECKPOINT,
                KpiOptions.CHECKPOINT_DIR,
                IN_FLIGHT,
                TIMEOUT,
                QualityOptions.OWN_DOMAINS));
    all.addAll(SpeechOptions.ALL);
    return List.copyOf(all);
  }

  /** Reads the options; {@code origin} names where they came from in every error. */
  public static TranscribeOptions from(Map<String, String> values, String origin) {
    Options.requireKnown(values, ALL, k -> false, origin);
    Duration checkpoint = KpiOptions.checkpointInterval(values, origin);
    Duration timeout = TIMEOUT.from(values, origin);
    if (timeout.isZero()) {
      throw new IllegalArgumentException(origin + ": " + TIMEOUT.key() + " must be positive");
    }
    return new TranscribeOptions(
        KpiOptions.BOOTSTRAP.from(values, origin),
        GROUP.from(values, origin),
        QualityOptions.PARALLELISM.from(values, origin),
        checkpoint,
        KpiOptions.CHECKPOINT_DIR.from(values, origin),
        IN_FLIGHT.from(values, origin),
        timeout,
        SpeechOptions.from(values, origin),
        QualityOptions.ownDomains(values, origin));
  }
}
