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
    int rounds = quick ? 5 : 7;
    out.println(
        "The same per CPU-second of the scoring thread (robust when other processes share the"
            + " cores, which slows JMH's wall-clock figure), the median of "
            + rounds
            + " rounds with the slowest and fastest:");
    for (String ruleSet : ruleSets) {
      double[] perRound = perCpuSecond(ruleSet, model, quick ? 2 : 4, rounds);
      out.printf(
          Locale.ROOT,
          "  %-14s %,10.0f calls/s   (%,.0f–%,.0f)%n",
          ruleSet,
          perRound[rounds / 2],
          perRound[0],
          perRound[rounds - 1]);
    }
    out.flush();
  }

  /**
   * Calls scored per second of this thread's CPU time in each of {@code rounds} rounds of {@code
   * seconds}, sorted, after a warm-up of twice that. A shared host's speed varies from round to
   * round; the median and the spread say more than one figure.
   */
  static double[] perCpuSecond(String ruleSet, String sentimentModel, int seconds, int rounds) {
    QualityBenchmark b = new QualityBenchmark();
    b.ruleSet = ruleSet;
    b.sentimentModel = sentimentModel;
    b.prepare();
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    double[] rates = new double[rounds];
    for (int round = -1; round < rounds; round++) {
      long limit = (round < 0 ? 2 : 1) * seconds * 1_000_000_000L;
      long start = cpu.getCurrentThreadCpuTime();
      long calls = 0;
      while (cpu.getCurrentThreadCpuTime() - start < limit) {
        b.scoreTenMinuteCall();
        calls++;
      }
      if (round >= 0) {
        rates[round] = calls / ((cpu.getCurrentThreadCpuTime() - start) / 1e9);
      }
    }
    java.util.Arrays.sort(rates);
    return rates;
  }
}
