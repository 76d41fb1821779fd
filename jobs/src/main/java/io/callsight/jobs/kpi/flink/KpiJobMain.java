package io.callsight.jobs.kpi.flink;

import io.callsight.jobs.flink.JobArguments;
import io.callsight.jobs.kpi.KpiOptions;
import java.util.List;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The entry point of the KPI job on a Flink cluster ({@code flink run callsight-jobs.jar [--config
 * FILE] [key=value ...]}; it is the jar's main class): options from a properties file, each
 * overridden by a {@code key=value} argument, then the job is submitted to the cluster that runs
 * this main.
 */
public final class KpiJobMain {
  static final String USAGE =
      "usage: flink run callsight-jobs.jar [--config FILE] [key=value ...]"
          + " (keys as in the README's configuration table, e.g."
          + " kafka.bootstrap-servers=kafka:9092)";

  private KpiJobMain() {}

  public static void main(String[] args) throws Exception {
    KpiOptions options = options(List.of(args));
    JobClient job =
        KpiJob.runOnKafka(StreamExecutionEnvironment.getExecutionEnvironment(), options);
    System.out.println("callsight kpi-job: submitted as Flink job " + job.getJobID());
  }

  /** The options the arguments give; anything else is refused with the usage. */
  public static KpiOptions options(List<String> args) {
    JobArguments parsed = JobArguments.parse(args, USAGE);
    return KpiOptions.from(parsed.values(), parsed.origin());
  }
}
