package io.callsight.cli;

import io.callsight.jobs.flink.LocalFlink;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJob;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code callsight kpi-job}: the streaming KPI job on this machine's Flink, against Kafka. */
@Command(
    name = "kpi-job",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the KPI job on a local Flink MiniCluster against a Kafka broker: call-events and"
          + " agent-events in; queue-kpi, agent-kpi, queue-snapshot, alerts and dead-letters out"
          + " (exactly once). Runs until stopped with Ctrl-C.",
      "To run it on a Flink cluster instead, submit the job jar (see the README)."
    })
final class KpiJobCommand implements Callable<Integer> {
  @Mixin JobConfig config;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, String> values = config.values();
    KpiOptions options = KpiOptions.from(values, config.origin());
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "callsight kpi-job: reading call-events and agent-events from Kafka at %s (group %s),"
            + " intervals %s, checkpoints every %s%n",
        options.bootstrapServers(),
        options.groupId(),
        values.getOrDefault(KpiOptions.INTERVAL.key(), KpiOptions.INTERVAL.defaultValue()),
        options.checkpointInterval());
    JobClient job = KpiJob.runOnKafka(LocalFlink.environment(), options);
    err.printf("callsight kpi-job: running as Flink job %s; Ctrl-C stops it%n", job.getJobID());
    RunningJobs.awaitUntilStopped(job, "kpi-job");
    return 0;
  }
}
