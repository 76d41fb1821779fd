package io.callsight.bench;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link KpiMathsBenchmark} with JMH and prints one line per benchmark. */
public final class MathsBench {
  private MathsBench() {}

  /** Runs the benchmarks; {@code quick} trades precision for a run of about a minute. */
  public static void run(boolean quick, PrintWriter out) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(KpiMathsBenchmark.class.getName())
            .forks(1)
            .warmupIterations(quick ? 1 : 3)
            .warmupTime(TimeValue.seconds(quick ? 1 : 3))
            .measurementIterations(quick ? 2 : 5)
            .measurementTime(TimeValue.seconds(quick ? 1 : 3))
            .jvmArgsAppend("-Xmx1g")
            .build();
    Collection<RunResult> results = new Runner(options).run();
    out.println();
    out.println("KPI maths on one core (JMH, higher is better):");
    for (RunResult r : results) {
      var score = r.getPrimaryResult();
      String name = r.getParams().getBenchmark();
      out.printf(
          Locale.ROOT,
          "  %-16s %,14.0f ops/s  ± %,.0f%n",
          name.substring(name.lastIndexOf('.') + 1),
          score.getScore(),
          score.getScoreError());
    }
    out.flush();
  }
}
