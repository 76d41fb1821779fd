package io.callsight.bench;

import io.callsight.quality.sentiment.SentimentModel;
import io.callsight.quality.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link QualityBenchmark} with JMH and prints calls scored per second per core. */
public final class QualityBench {
  /** A quarter second of CPU: short enough to see the host's speed change within a run. */
  private static final long SLICE_NANOS = 250_000_000L;

  /** Long enough for the JIT compiler to have finished with the scorer. */
  private static final long WARM_UP_NANOS = 8_000_000_000L;

  private QualityBench() {}

  /**
   * Runs the benchmark; {@code quick} trades precision for a run of about a minute.
   *
   * @param sentimentModel a trained sentiment model to score turns with, or null for the lexicon;
   *     then only the rule set of its language runs
   */
  public static void run(boolean quick, Path sentimentModel, PrintWriter out) throws Exception {
    List<String> ruleSets = List.of("zh-CN-inbound", "en-US-inbound");
    String model = "";
    if (sentimentModel != null) {
      Language language = SentimentModel.read(sentimentModel).language();
      ruleSets = List.of(language == Language.ZH_CN ? ruleSets.get(0) : ruleSets.get(1));
      model = sentimentModel.toAbsolutePath().toString();
      out.println("turns' sentiment scored by the trained model " + sentimentModel);
    }
    Options options =
        new OptionsBuilder()
            .include(QualityBenchmark.class.getName())
            .param("ruleSet", ruleSets.toArray(String[]::new))
            .param("sentimentModel", model)
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
    out.println();
    int slices = quick ? 40 : 112;
    out.println(
        "The same per CPU-second of the scoring thread (robust when other processes share the"
            + " cores, which slows JMH's wall-clock figure), in "
            + slices
            + " quarter-second slices: the median, then the quartiles (on a shared host the speed"
            + " changes from slice to slice):");
    for (String ruleSet : ruleSets) {
      double[] perSlice = perCpuSecond(ruleSet, model, SLICE_NANOS, slices);
      out.printf(
          Locale.ROOT,
          "  %-14s %,10.0f calls/s   (quartiles %,.0f–%,.0f)%n",
          ruleSet,
          perSlice[slices / 2],
          perSlice[slices / 4],
          perSlice[slices - 1 - slices / 4]);
    }
    out.flush();
  }

  /**
   * Calls scored per second of this thread's CPU time in each of {@code slices} slices of {@code
   * nanos} of it, sorted, after a warm-up of eight seconds. A shared host's speed changes from one
   * slice to the next; the median and the quartiles say more than one figure.
   */
  static double[] perCpuSecond(String ruleSet, String sentimentModel, long nanos, int slices) {
    QualityBenchmark b = new QualityBenchmark();
    b.ruleSet = ruleSet;
    b.sentimentModel = sentimentModel;
    b.prepare();
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    double[] rates = new double[slices];
    for (int slice = -1; slice < slices; slice++) {
      long limit = slice < 0 ? WARM_UP_NANOS : nanos;
      long start = cpu.getCurrentThreadCpuTime();
      long calls = 0;
      while (cpu.getCurrentThreadCpuTime() - start < limit) {
        b.scoreTenMinuteCall();
        calls++;
      }
      if (slice >= 0) {
        rates[slice] = calls / ((cpu.getCurrentThreadCpuTime() - start) / 1e9);
      }
    }
    java.util.Arrays.sort(rates);
    return rates;
  }
}
