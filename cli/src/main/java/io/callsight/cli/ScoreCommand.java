package io.callsight.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.callsight.quality.CallFacts;
import io.callsight.quality.Conversation;
import io.callsight.quality.rules.RuleSet;
import io.callsight.quality.rules.RuleSets;
import io.callsight.quality.score.CallScore;
import io.callsight.quality.score.CallScorer;
import io.callsight.quality.text.Language;
import io.callsight.schemas.Json;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code callsight score}: one transcript scored against a rule set, as call-score JSON. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores one call's transcript against a rule set (the centre's script) and prints the"
          + " call-score JSON: score, autoFail, category, priority, every rule's verdict with its"
          + " evidence, sentiment, and the redacted turns.",
      "The transcript is a transcripts record (JSON, as `transcribe` prints it) or plain text,"
          + " one turn per line: '[m:ss] agent: ...' or '[m:ss] customer: ...'; times are optional"
          + " (estimated from the length of each turn)."
    })
final class ScoreCommand implements Callable<Integer> {
  @Option(
      names = "--transcript",
      required = true,
      paramLabel = "FILE",
      description = "The call's transcript")
  Path transcript;

  @Option(
      names = "--rules",
      paramLabel = "NAME|FILE",
      description =
          "A shipped rule set (zh-CN-inbound, zh-CN-outbound, en-US-inbound) or a rule-set YAML"
              + " file. Default: the inbound script of the transcript's language")
  String rules;

  @Option(
      names = "--agent",
      paramLabel = "ID",
      description = "The agent's id, which the greeting must give (default: any number)")
  String agent;

  @Option(
      names = "--transferred",
      description =
          "The agent passed the call on: solving and closing are left to the one who takes it"
              + " over, and the caller must be told who (default: not transferred)")
  boolean transferred;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description =
          "Sets a rule-set parameter, e.g. --param company=示例公司; repeat a name for a list"
              + " (--param jargon=SLA --param jargon=工单)")
  List<String> params = List.of();

  @Option(names = "--compact", description = "One line of JSON instead of indented JSON")
  boolean compact;

  @Mixin SentimentModelOption sentimentModel;

  @Mixin OwnDomainsOption ownDomains;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String text = TranscriptFiles.text(transcript);
    RuleSet ruleSet =
        RuleSets.load(
            rules != null
                ? rules
                : RuleSets.defaultFor(TranscriptFiles.language(transcript, text)));
    ruleSet = ruleSet.withParameters(parameters());
    Language language = ruleSet.language();
    Conversation call = TranscriptFiles.read(transcript, text, language);
    if (agent != null || transferred) {
      call =
          call.withFacts(
              new CallFacts(agent, null, null, null, null, null, transferred ? true : null, null));
    }
    CallScore score =
        new CallScorer(ruleSet, sentimentModel.scorer(language), ownDomains.redactor()).score(call);
    ObjectWriter writer =
        compact ? Json.mapper().writer() : Json.mapper().writerWithDefaultPrettyPrinter();
    spec.commandLine().getOut().println(writer.writeValueAsString(score));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private Map<String, List<String>> parameters() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--param takes NAME=VALUE, got '" + p + "'");
      }
      out.computeIfAbsent(p.substring(0, eq), k -> new java.util.ArrayList<>())
          .add(p.substring(eq + 1));
    }
    return out;
  }
}
