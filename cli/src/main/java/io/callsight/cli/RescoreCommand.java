package io.callsight.cli;

import io.callsight.ingest.KafkaEventSink;
import io.callsight.quality.CallFacts;
import io.callsight.quality.TranscriptCalls;
import io.callsight.quality.rules.RuleSet;
import io.callsight.quality.rules.RuleSets;
import io.callsight.quality.score.CallScorer;
import io.callsight.quality.score.ScoreRows;
import io.callsight.quality.text.Language;
import io.callsight.schemas.Json;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code callsight rescore}: every stored transcript scored again with another rule set (a new
 * version of the script), joined with what the call's last score knew of its switch events.
 */
@Command(
    name = "rescore",
    mixinStandardHelpOptions = true,
    description = {
      "Re-scores the transcripts stored on Kafka with a rule set (a new version of the script):"
          + " a bounded replay of the transcripts topic as it stands, each call joined with the"
          + " switch facts its last score had. Prints one call-scores JSON line per call.",
      "--publish also writes the rows to call-scores, where Druid keeps them beside the old"
          + " version (dashboards read the newest ruleSetVersion)."
    })
final class RescoreCommand implements Callable<Integer> {
  @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Kafka")
  String kafka;

  @Option(
      names = "--rules",
      required = true,
      paramLabel = "NAME|FILE",
      description = "The rule set to score with: a shipped name or a rule-set YAML file")
  String rules;

  @Option(names = "--from", paramLabel = "INSTANT", description = "Calls recorded at or after")
  Instant from;

  @Option(names = "--to", paramLabel = "INSTANT", description = "Calls recorded before")
  Instant to;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the rows here, not stdout")
  Path out;

  @Option(names = "--publish", description = "Also write the rows to the call-scores topic")
  boolean publish;

  @Mixin SentimentModelOption sentimentModel;

  @Mixin OwnDomainsOption ownDomains;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RuleSet ruleSet = RuleSets.load(rules);
    CallScorer scorer =
        new CallScorer(ruleSet, sentimentModel.scorer(ruleSet.language()), ownDomains.redactor());
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "callsight rescore: reading transcripts and call-scores on %s as they stand now ...%n",
        kafka);
    TopicSnapshot.Read<Transcript> transcripts =
        TopicSnapshot.read(kafka, Topic.TRANSCRIPTS, Transcript.class);
    Map<String, ScoredCall> lastScores = lastScores(kafka);
    long now = System.currentTimeMillis();
    int scored = 0;
    int otherLanguage = 0;
    int outOfRange = 0;
    int changed = 0;
    StringBuilder lines = new StringBuilder();
    try (KafkaEventSink sink = publish ? new KafkaEventSink(kafka, Map.of()) : null) {
      for (Transcript t : transcripts.records()) {
        if ((from != null && t.eventTime() < from.toEpochMilli())
            || (to != null && t.eventTime() >= to.toEpochMilli())) {
          outOfRange++;
          continue;
        }
        if (Language.of(t.language()) != ruleSet.language()) {
          otherLanguage++;
          continue;
        }
        ScoredCall last = lastScores.get(t.callId());
        ScoreRows.CallContext call = context(last);
        ScoredCall row =
            ScoreRows.scoredCall(scorer.score(TranscriptCalls.of(t, call.facts())), t, call, now);
        lines.append(Json.toJson(row)).append('\n');
        if (last != null && last.score() != row.score()) {
          changed++;
        }
        if (sink != null) {
          sink.callScore(row);
        }
        scored++;
      }
    }
    if (out != null) {
      Files.writeString(out, lines, StandardCharsets.UTF_8);
    } else {
      spec.commandLine().getOut().print(lines);
      spec.commandLine().getOut().flush();
    }
    err.printf(
        "callsight rescore: %d calls scored with %s version %d (%d with a different score than"
            + " before); left out: %d in another language, %d outside --from/--to, %d unreadable"
            + " transcripts%s%n",
        scored,
        ruleSet.id(),
        ruleSet.version(),
        changed,
        otherLanguage,
        outOfRange,
        transcripts.unreadable(),
        publish ? "; published to " + Topic.CALL_SCORES.topicName() : "");
    return 0;
  }

  /** The newest score of each call (the highest rule-set version, then the latest). */
  private static Map<String, ScoredCall> lastScores(String kafka) {
    Map<String, ScoredCall> last = new HashMap<>();
    for (ScoredCall s : TopicSnapshot.read(kafka, Topic.CALL_SCORES, ScoredCall.class).records()) {
      last.merge(
          s.callId(),
          s,
          (a, b) ->
              b.ruleSetVersion() > a.ruleSetVersion()
                      || (b.ruleSetVersion() == a.ruleSetVersion() && b.scoredAt() >= a.scoredAt())
                  ? b
                  : a);
    }
    return last;
  }

  /** What the call's last score knew of its switch events. */
  private static ScoreRows.CallContext context(ScoredCall last) {
    if (last == null || !last.callEventsJoined()) {
      return ScoreRows.CallContext.UNKNOWN;
    }
    return new ScoreRows.CallContext(
        new CallFacts(
            last.agentId(),
            null,
            last.ringMs(),
            last.waitMs(),
            last.holds(),
            null,
            last.transferred(),
            last.disposition()),
        last.queue(),
        last.eventTime());
  }
}
