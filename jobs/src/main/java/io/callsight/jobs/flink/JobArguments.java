package io.callsight.jobs.flink;

import io.callsight.common.Options;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a job's main on a Flink cluster ({@code [--config FILE] [key=value ...]}): the
 * file's options, each overridden by a {@code key=value} argument, and where they came from for
 * error messages.
 */
public record JobArguments(Map<String, String> values, String origin) {

  /** Parses the arguments; anything else is refused with {@code usage}. */
  public static JobArguments parse(List<String> args, String usage) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> overrides = new LinkedHashMap<>();
    String origin = "the job arguments";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--config")) {
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException("--config needs a file; " + usage);
        }
        Path file = Path.of(args.get(++i));
        values.putAll(Options.load(file));
        origin = file + " and the job arguments";
      } else if (arg.indexOf('=') > 0) {
        overrides.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + usage);
      }
    }
    values.putAll(overrides);
    return new JobArguments(Map.copyOf(values), origin);
  }
}
