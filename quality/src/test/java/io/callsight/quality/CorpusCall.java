package io.callsight.quality;

import io.callsight.quality.rules.RuleSet;
import io.callsight.quality.rules.RuleSets;
import io.callsight.schemas.Direction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call of the test corpus: a transcript in the text format with header comments giving the rule
 * set, the call's facts and what the scoring must find (see corpus/README.md).
 */
record CorpusCall(
    Path file, RuleSet ruleSet, Conversation conversation, List<Expectation> expectations) {

  /** One expected outcome: a rule's verdict with its evidence, or a call-level value. */
  record Expectation(String subject, String value, Long atMs, String quote, int line) {}

  private static final Pattern EXPECT =
      Pattern.compile(
          "^#\\s*expect\\s+([^:]+):\\s*(\\S+)(?:\\s+@(\\d+):(\\d{2}))?(?:\\s+\"(.*)\")?\\s*$");

  static final Path DIR = Path.of("src/test/resources/corpus");

  static List<Path> files() throws IOException {
    try (var s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  static CorpusCall read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String rules = null;
    Map<String, String> facts = new HashMap<>();
    List<Expectation> expectations = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith("# rules:")) {
        rules = l.substring("# rules:".length()).strip();
      } else if (l.startsWith("# facts:")) {
        for (String kv : l.substring("# facts:".length()).strip().split("\\s+")) {
          String[] p = kv.split("=", 2);
          facts.put(p[0], p[1]);
        }
      } else if (l.startsWith("# expect")) {
        Matcher m = EXPECT.matcher(l);
        if (!m.matches()) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": bad expectation " + l);
        }
        Long at =
            m.group(3) == null
                ? null
                : (Long.parseLong(m.group(3)) * 60 + Long.parseLong(m.group(4))) * 1000;
        expectations.add(new Expectation(m.group(1).strip(), m.group(2), at, m.group(5), i + 1));
      }
    }
    if (rules == null) {
      throw new IllegalArgumentException(file + ": no '# rules:' line");
    }
    RuleSet ruleSet = RuleSets.load(rules);
    List<Turn> turns = TranscriptText.parse(text, ruleSet.language(), file.toString());
    CallFacts callFacts =
        new CallFacts(
            facts.get("agentId"),
            facts.containsKey("direction")
                ? Direction.valueOf(facts.get("direction").toUpperCase(java.util.Locale.ROOT))
                : null,
            seconds(facts.get("ringSeconds")),
            seconds(facts.get("waitSeconds")),
            facts.containsKey("holds") ? Integer.valueOf(facts.get("holds")) : null,
            seconds(facts.get("holdSeconds")),
            facts.containsKey("transferred") ? Boolean.valueOf(facts.get("transferred")) : null,
            facts.get("disposition"));
    Conversation call =
        new Conversation(
            file.getFileName().toString(), ruleSet.language(), turns, callFacts, Map.of());
    return new CorpusCall(file, ruleSet, call, expectations);
  }

  private static Long seconds(String s) {
    return s == null ? null : Math.round(Double.parseDouble(s) * 1000);
  }
}
