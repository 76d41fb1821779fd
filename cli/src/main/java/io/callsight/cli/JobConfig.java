package io.callsight.cli;

import io.callsight.common.Options;
import io.callsight.jobs.kpi.KpiOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options file and Kafka address every streaming-job command takes. */
final class JobConfig {
  @Option(
      names = "--kafka",
      paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers (default: the config file's, else localhost:9092)")
  String kafka;

  @Option(names = "--config", paramLabel = "FILE", description = "Job options (properties file)")
  Path config;

  /** The file's values with the command line's on top. */
  Map<String, String> values() {
    Map<String, String> values =
        config != null ? new HashMap<>(Options.load(config)) : new HashMap<>();
    if (kafka != null) {
      values.put(KpiOptions.BOOTSTRAP.key(), kafka);
    }
    return values;
  }

  /** Where the values came from, for error messages. */
  String origin() {
    return config != null ? config.toString() : "the command line";
  }
}
