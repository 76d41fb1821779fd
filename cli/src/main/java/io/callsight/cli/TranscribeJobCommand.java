package io.callsight.cli;

import io.callsight.jobs.flink.LocalFlink;
import io.callsight.jobs.transcribe.TranscribeOptions;
import io.callsight.jobs.transcribe.flink.TranscribeJob;
import io.callsight.speech.SpeechOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code callsight transcribe-job}: the streaming transcription job on this machine's Flink. */
@Command(
    name = "transcribe-job",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the transcription job on a local Flink MiniCluster against a Kafka broker: recordings"
          + " in; transcripts and dead-letters out (exactly once). Runs until stopped with"
          + " Ctrl-C.",
      "The recordings' files must be readable here at the paths the recordings watcher saw."
    })
final class TranscribeJobCommand implements Callable<Integer> {
  @Mixin JobConfig config;

  @Option(names = "--model", paramLabel = "DIR", description = "The Vosk model folder")
  Path model;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, String> values = config.values();
    if (model != null) {
      values.put(SpeechOptions.MODEL.key(), model.toString());
    }
    TranscribeOptions options = TranscribeOptions.from(values, config.origin());
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "callsight transcribe-job: reading recordings from Kafka at %s (group %s), model %s,"
            + " %d instances x %d recognisers%n",
        options.bootstrapServers(),
        options.groupId(),
        options.speech().modelDir(),
        options.parallelism(),
        options.speech().recognizers());
    JobClient job = TranscribeJob.runOnKafka(LocalFlink.environment(), options);
    err.printf(
        "callsight transcribe-job: running as Flink job %s; Ctrl-C stops it%n", job.getJobID());
    RunningJobs.awaitUntilStopped(job, "transcribe-job");
    return 0;
  }
}
