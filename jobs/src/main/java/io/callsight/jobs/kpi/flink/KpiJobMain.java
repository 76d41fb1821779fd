package io.callsight.jobs.kpi.flink;

import io.callsight.common.Options;
import io.callsight.jobs.kpi.KpiOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The entry point of the KPI job jar on a Flink cluster ({@code flink run callsight-kpi-job.jar
 * [--config FILE] [key=value ...]}): options from a properties file, each overridden by a {@code
 * key=value} argument, then the job is submitted to the cluster that runs this main.
 */
public final class KpiJobMain {
  static final String USAGE =
      "usage: flink run callsight-kpi-job.jar [--config FILE] [key=value ...]"
          + " (keys as in the README's configuration table, e.g."
          + " kafka.bootstrap-servers=kafka:9092)";

  private KpiJobMain() {}

  public static void main(String[] args) throws Exception {
    KpiOptions options = options(List.of(args));
    JobClient job =
        KpiJob.runOnKafka(StreamExecutionEnvironment.getExecutionEnvironment(), options);
    System.out.println("callsight kpi-job: submitted as Flink job " + job.getJobID());
  }

  /**
   * The options the arguments give: {@code --config FILE} first read, then every {@code key=value}
   * on top; anything else is refused with the usage.
   */
  public static KpiOptions options(List<String> args) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> overrides = new LinkedHashMap<>();
    String origin = "the job arguments";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--config")) {
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException("--config needs a file; " + USAGE);
        }
        Path file = Path.of(args.get(++i));
        values.putAll(Options.load(file));
        origin = file + " and the job arguments";
      } else if (arg.indexOf('=') > 0) {
        overrides.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + USAGE);
      }
    }
    values.putAll(overrides);
    return KpiOptions.from(values, origin);
  }
}
