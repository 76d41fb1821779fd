package io.callsight.jobs.transcribe.flink;

import io.callsight.jobs.flink.JobArguments;
import io.callsight.jobs.transcribe.TranscribeOptions;
import java.util.List;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The entry point of the transcription job on a Flink cluster ({@code flink run -c
 * io.callsight.jobs.transcribe.flink.TranscribeJobMain callsight-jobs.jar [--config FILE]
 * [key=value ...]}). The model folder must exist where the TaskManagers run: the job checks it
 * before it is submitted.
 */
public final class TranscribeJobMain {
  static final String USAGE =
      "usage: flink run -c "
          + TranscribeJobMain.class.getName()
          + " callsight-jobs.jar [--config FILE] [key=value ...]"
          + " (keys as in the README's configuration table, e.g. speech.model=/opt/callsight/vosk-model)";

  private TranscribeJobMain() {}

  public static void main(String[] args) throws Exception {
    TranscribeOptions options = options(List.of(args));
    JobClient job =
        TranscribeJob.runOnKafka(StreamExecutionEnvironment.getExecutionEnvironment(), options);
    System.out.println("callsight transcribe-job: submitted as Flink job " + job.getJobID());
  }

  /** The options the arguments give; anything else is refused with the usage. */
  public static TranscribeOptions options(List<String> args) {
    JobArguments parsed = JobArguments.parse(args, USAGE);
    return TranscribeOptions.from(parsed.values(), parsed.origin());
  }
}
