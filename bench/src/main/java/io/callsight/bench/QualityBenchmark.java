package io.callsight.bench;

import io.callsight.quality.Conversation;
import io.callsight.quality.rules.RuleSet;
import io.callsight.quality.rules.RuleSets;
import io.callsight.quality.score.CallScore;
import io.callsight.quality.score.CallScorer;
import io.callsight.quality.sentiment.SentimentModel;
import io.callsight.quality.text.Language;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Quality scoring of one ten-minute call on one thread: redaction, keying, every rule, category,
 * sentiment of every turn. Operations per second are calls scored per second per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QualityBenchmark {
  @Param({"zh-CN-inbound", "en-US-inbound"})
  public String ruleSet;

  /** A trained sentiment model's file, or "" for the shipped lexicon. */
  @Param({""})
  public String sentimentModel;

  CallScorer scorer;
  Conversation call;

  @Setup(Level.Trial)
  public void prepare() {
    RuleSet rules = RuleSets.builtIn(ruleSet);
    scorer =
        sentimentModel.isEmpty()
            ? new CallScorer(rules)
            : new CallScorer(rules, SentimentModel.read(Path.of(sentimentModel)));
    call = TenMinuteCall.of(scorer.ruleSet().language(), 7);
  }

  /** One ten-minute call scored. */
  @Benchmark
  public CallScore scoreTenMinuteCall() {
    return scorer.score(call);
  }

  /** The call's size, for the report. */
  static String describe(Language language) {
    Conversation c = TenMinuteCall.of(language, 7);
    long chars = c.turns().stream().mapToLong(t -> t.text().length()).sum();
    return c.turns().size() + " turns, " + chars + " characters, " + c.endMs() / 1000 + " s";
  }
}
