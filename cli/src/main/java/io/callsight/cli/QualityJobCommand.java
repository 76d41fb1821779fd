package io.callsight.cli;

import io.callsight.jobs.flink.LocalFlink;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.flink.QualityJob;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code callsight quality-job}: the streaming quality job on this machine's Flink. */
@Command(
    name = "quality-job",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the quality job on a local Flink MiniCluster against a Kafka broker: transcripts and"
          + " call events in; call-scores, transcript-turns (redacted), alerts and dead-letters out"
          + " (exactly once). Runs until stopped with Ctrl-C."
    })
final class QualityJobCommand implements Callable<Integer> {
  @Mixin JobConfig config;

  @Option(
      names = "--rules-zh",
      paramLabel = "NAME|FILE",
      description = "Rule set for Chinese calls (default zh-CN-inbound)")
  String rulesZh;

  @Option(
      names = "--rules-en",
      paramLabel = "NAME|FILE",
      description = "Rule set for English calls (default en-US-inbound)")
  String rulesEn;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, String> values = config.values();
    if (rulesZh != null) {
      values.put(QualityOptions.RULES_ZH.key(), rulesZh);
    }
    if (rulesEn != null) {
      values.put(QualityOptions.RULES_EN.key(), rulesEn);
    }
    QualityOptions options = QualityOptions.from(values, config.origin());
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "callsight quality-job: reading transcripts and call events from Kafka at %s (group %s),"
            + " rule sets %s and %s%n",
        options.bootstrapServers(), options.groupId(), options.rulesZh(), options.rulesEn());
    JobClient job = QualityJob.runOnKafka(LocalFlink.environment(), options);
    err.printf("callsight quality-job: running as Flink job %s; Ctrl-C stops it%n", job.getJobID());
    RunningJobs.awaitUntilStopped(job, "quality-job");
    return 0;
  }
}
