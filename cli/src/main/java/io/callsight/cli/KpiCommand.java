package io.callsight.cli;

import io.callsight.common.Options;
import io.callsight.ingest.asterisk.QueueLogParser;
import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.flink.LocalFlink;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJob;
import io.callsight.jobs.kpi.flink.KpiReplay;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.Json;
import io.callsight.schemas.ServiceLevelFormula;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code callsight kpi}: a queue_log replayed through the KPI job, rows out as JSON lines. */
@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    description = {
      "Replays an Asterisk queue_log through the KPI job (the same code that runs on Kafka, in"
          + " bounded mode) and writes one JSON line per queue and interval: offered, answered,"
          + " abandoned, service level, ASA, AHT, ...",
      "Lines that are not standard queue events (e.g. OUTDIAL) and calls that never finish are"
          + " reported as dead letters."
    })
final class KpiCommand implements Callable<Integer> {
  @Option(
      names = "--queue-log",
      required = true,
      paramLabel = "FILE",
      description = "The queue_log")
  Path queueLog;

  @Option(
      names = "--interval",
      defaultValue = "PT15M",
      paramLabel = "PT15M|P1D|all",
      description =
          "Interval length, a day, or all for one row per queue. Default: ${DEFAULT-VALUE}")
  String interval;

  @Option(
      names = "--sl-threshold",
      paramLabel = "SECONDS",
      description = "Service-level threshold T (default 20 s, or the --config file's)")
  Integer slThreshold;

  @Option(
      names = "--sl-formula",
      paramLabel = "FORMULA",
      description = "One of ${COMPLETION-CANDIDATES}")
  ServiceLevelFormula slFormula;

  @Option(
      names = "--time-zone",
      paramLabel = "ZONE",
      description = "The centre's time zone for P1D")
  String timeZone;

  @Option(names = "--config", paramLabel = "FILE", description = "KPI options (properties file)")
  Path config;

  @Option(names = "--out", paramLabel = "FILE", description = "Queue KPI rows (default: stdout)")
  Path out;

  @Option(names = "--agents-out", paramLabel = "FILE", description = "Also write agent KPI rows")
  Path agentsOut;

  @Option(names = "--dead-letters", paramLabel = "FILE", description = "Also write dead letters")
  Path deadLettersOut;

  @Mixin CallerKey callerKey;

  @Spec CommandSpec spec;
  private PrintWriter err;

  @Override
  public Integer call() throws Exception {
    err = spec.commandLine().getErr();
    if (!Files.isReadable(queueLog)) {
      throw new IllegalArgumentException(
          "queue_log " + queueLog + " does not exist or cannot be" + " read");
    }
    KpiOptions options = options();
    err.printf(
        "callsight kpi: replaying %s through the KPI job (interval %s, T = %d s, %s)%n",
        queueLog,
        interval,
        options.defaultTargets().slThresholdSeconds(),
        options.defaultTargets().slFormula());

    StreamExecutionEnvironment env = LocalFlink.environment();
    env.setParallelism(options.parallelism());
    SingleOutputStreamOperator<CallEvent> calls =
        env.fromSource(
                FileSource.forRecordStreamFormat(
                        new TextLineInputFormat(StandardCharsets.UTF_8.name()),
                        new org.apache.flink.core.fs.Path(queueLog.toAbsolutePath().toUri()))
                    .build(),
                WatermarkStrategy.noWatermarks(),
                "queue_log " + queueLog.getFileName())
            .setParallelism(1)
            .process(
                new QueueLogLines(
                    new QueueLogParser(callerKey.orRandom()), queueLog.getFileName().toString()))
            .setParallelism(1)
            .name("parse queue_log");
    // Timestamps are assigned in the parser's one task: a rebalance before the key-by would let a
    // call's events of one second overtake each other.
    KpiReplay.Result result =
        KpiReplay.run(
            calls
                .assignTimestampsAndWatermarks(
                    KpiJob.watermarks(options, (CallEvent e, long t) -> e.eventTime()))
                .setParallelism(1),
            calls
                .getSideOutput(QueueLogLines.AGENTS)
                .assignTimestampsAndWatermarks(
                    KpiJob.watermarks(options, (AgentEvent e, long t) -> e.eventTime()))
                .setParallelism(1),
            calls.getSideOutput(DeadLetters.TAG),
            options);

    write(out, result.queueRows());
    if (agentsOut != null) {
      write(agentsOut, result.agentRows());
    }
    if (deadLettersOut != null) {
      write(deadLettersOut, result.deadLetters());
    }
    summarise(result);
    return 0;
  }

  private KpiOptions options() {
    Map<String, String> values = config != null ? Options.load(config) : new HashMap<>();
    values = new HashMap<>(values);
    values.put(KpiOptions.INTERVAL.key(), interval);
    values.put(KpiOptions.LIVE.key(), "false");
    if (timeZone != null) {
      values.put(KpiOptions.ZONE.key(), timeZone);
    }
    if (slThreshold != null) {
      values.put(KpiOptions.SL_THRESHOLD.key(), "PT" + slThreshold + "S");
    }
    if (slFormula != null) {
      values.put(KpiOptions.SL_FORMULA.key(), slFormula.name());
    }
    return KpiOptions.from(values, config != null ? config.toString() : "the command line");
  }

  private void write(Path file, List<?> records) throws IOException {
    if (file == null) {
      PrintWriter out = spec.commandLine().getOut();
      records.forEach(r -> out.println(Json.toJson(r)));
      out.flush();
      return;
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Object r : records) {
        w.write(Json.toJson(r));
        w.write('\n');
      }
    }
  }

  private void summarise(KpiReplay.Result result) {
    Map<String, Long> perQueue =
        result.queueRows().stream()
            .collect(Collectors.groupingBy(r -> r.queue(), TreeMap::new, Collectors.counting()));
    err.printf(
        "callsight kpi: %d queue rows %s%s%n",
        result.queueRows().size(), perQueue, out != null ? " written to " + out : "");
    if (agentsOut != null) {
      err.printf(
          "callsight kpi: %d agent rows written to %s%n", result.agentRows().size(), agentsOut);
    }
    if (!result.deadLetters().isEmpty()) {
      Map<String, Long> reasons =
          result.deadLetters().stream()
              .collect(
                  Collectors.groupingBy(
                      d -> d.reasonCode().name(), TreeMap::new, Collectors.counting()));
      err.printf(
          "callsight kpi: %d records set aside %s%s%n",
          result.deadLetters().size(),
          reasons,
          deadLettersOut != null
              ? ", written to " + deadLettersOut
              : " (write them with --dead-letters FILE)");
      result.deadLetters().stream()
          .map(DeadLetter::reason)
          .distinct()
          .limit(3)
          .forEach(r -> err.println("  e.g. " + r));
    }
  }
}
