package io.callsight.jobs.quality.flink;

import io.callsight.jobs.flink.JobArguments;
import io.callsight.jobs.quality.QualityOptions;
import java.util.List;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The entry point of the quality job on a Flink cluster ({@code flink run -c
 * io.callsight.jobs.quality.flink.QualityJobMain callsight-jobs.jar [--config FILE] [key=value
 * ...]}).
 */
public final class QualityJobMain {
  static final String USAGE =
      "usage: flink run -c "
          + QualityJobMain.class.getName()
          + " callsight-jobs.jar [--config FILE] [key=value ...]"
          + " (keys as in the README's configuration table, e.g. quality.rules.zh=zh-CN-outbound)";

  private QualityJobMain() {}

  public static void main(String[] args) throws Exception {
    QualityOptions options = options(List.of(args));
    JobClient job =
        QualityJob.runOnKafka(StreamExecutionEnvironment.getExecutionEnvironment(), options);
    System.out.println("callsight quality-job: submitted as Flink job " + job.getJobID());
  }

  /** The options the arguments give; anything else is refused with the usage. */
  public static QualityOptions options(List<String> args) {
    JobArguments parsed = JobArguments.parse(args, USAGE);
    return QualityOptions.from(parsed.values(), parsed.origin());
  }
}
