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
    out.println(
        "The same per CPU-second of the scoring thread (robust when other processes share the"
            + " cores, which slows JMH's wall-clock figure):");
    for (String ruleSet : ruleSets) {
      out.printf(
          Locale.ROOT,
          "  %-14s %,10.0f calls/s%n",
          ruleSet,
          perCpuSecond(ruleSet, model, quick ? 5 : 15));
    }
    out.flush();
  }

  /** Calls scored per second of this thread's CPU time, after a warm-up of the same length. */
  static double perCpuSecond(String ruleSet, String sentimentModel, int seconds) {
    QualityBenchmark b = new QualityBenchmark();
    b.ruleSet = ruleSet;
    b.sentimentModel = sentimentModel;
    b.prepare();
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long limit = seconds * 1_000_000_000L;
    double rate = 0;
    for (int round = 0; round < 2; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      long calls = 0;
      while (cpu.getCurrentThreadCpuTime() - start < limit) {
        b.scoreTenMinuteCall();
        calls++;
      }
      rate = calls / ((cpu.getCurrentThreadCpuTime() - start) / 1e9);
    }
    return rate;
  }
}
