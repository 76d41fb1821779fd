package io.callsight.cli;

import io.callsight.bench.MathsBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code callsight bench}: the benchmarks the README's performance figures come from. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures CallSight on this machine.",
    subcommands = {BenchCommand.Maths.class})
final class BenchCommand {
  @Command(
      name = "maths",
      mixinStandardHelpOptions = true,
      description =
          "JMH benchmarks of the KPI maths (call tracking, interval stats, agent"
              + " timelines, Erlang C), per event on one core.")
  static final class Maths implements Callable<Integer> {
    @Option(names = "--quick", description = "Fewer, shorter iterations (about a minute)")
    boolean quick;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      MathsBench.run(quick, spec.commandLine().getOut());
      return 0;
    }
  }
}
