package io.callsight.bench;

import io.callsight.quality.text.Language;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link QualityBenchmark} with JMH and prints calls scored per second per core. */
public final class QualityBench {
  private QualityBench() {}

  /** Runs the benchmark; {@code quick} trades precision for a run of about a minute. */
  public static void run(boolean quick, PrintWriter out) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(QualityBenchmark.class.getName())
            .forks(1)
            .threads(1)
            .warmupIterations(quick ? 2 : 3)
            .warmupTime(TimeValue.seconds(quick ? 2 : 5))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.seconds(quick ? 2 : 5))
            .jvmArgsAppend("-Xmx1g")
            .build();
    Collection<RunResult> results = new Runner(options).run();
    out.println();
    out.println("Quality scoring of a ten-minute call on one core (JMH, higher is better):");
    for (RunResult r : results) {
      var score = r.getPrimaryResult();
      String ruleSet = r.getParams().getParam("ruleSet");
      Language language = ruleSet.startsWith("zh") ? Language.ZH_CN : Language.EN_US;
      out.printf(
          Locale.ROOT,
          "  %-14s %,10.0f calls/s  ± %,.0f   (%s)%n",
          ruleSet,
          score.getScore(),
          score.getScoreError(),
          QualityBenchmark.describe(language));
    }
    out.flush();
  }
}
