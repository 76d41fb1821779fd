package io.callsight.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.quality.redact.PiiKind;
import io.callsight.quality.rules.Rule;
import io.callsight.quality.rules.RuleSet;
import io.callsight.quality.rules.RuleSets;
import io.callsight.quality.score.CallScore;
import io.callsight.quality.score.CallScorer;
import io.callsight.quality.score.ScoredTurn;
import io.callsight.quality.score.Verdict;
import io.callsight.quality.score.VerdictKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Scores every call of the test corpus and checks every verdict with its evidence. */
class CorpusTest {
  @TestFactory
  Stream<DynamicTest> everyCorpusCallScoresAsExpected() throws Exception {
    return CorpusCall.files().stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  static void check(Path file) throws Exception {
    CorpusCall c = CorpusCall.read(file);
    CallScore score = new CallScorer(c.ruleSet()).score(c.conversation());
    Set<String> judged = new HashSet<>();
    for (CorpusCall.Expectation e : c.expectations()) {
      String where = file.getFileName() + ":" + e.line() + " " + e.subject();
      switch (e.subject()) {
        case "category" -> assertThat(score.category()).as(where).isEqualTo(e.value());
        case "priority" ->
            assertThat(score.priority()).as(where).isEqualTo(Integer.parseInt(e.value()));
        case "autoFail" ->
            assertThat(score.autoFail()).as(where).isEqualTo(Boolean.parseBoolean(e.value()));
        case "score" ->
            assertThat(score.score()).as(where).isEqualTo(Double.parseDouble(e.value()));
        case "sentiment customer end" ->
            assertThat(label(score.sentiment().customer().end())).as(where).isEqualTo(e.value());
        case "turn" -> checkTurn(score, e, where);
        case "sentiment customer overall" ->
            assertThat(label(score.sentiment().customer().overall()))
                .as(where)
                .isEqualTo(e.value());
        default -> {
          Verdict v = score.verdict(e.subject());
          assertThat(v).as(where + ": no such rule").isNotNull();
          judged.add(e.subject());
          assertThat(v.verdict().code()).as(where + " (" + v.note() + ")").isEqualTo(e.value());
          if (e.quote() == null && e.atMs() == null) {
            assertThat(v.evidence()).as(where + " evidence").isNull();
          } else {
            assertThat(v.evidence()).as(where + " evidence").isNotNull();
            if (e.quote() != null) {
              assertThat(v.evidence().text()).as(where + " evidence text").contains(e.quote());
            }
            if (e.atMs() != null) {
              assertThat(v.evidence().startMs()).as(where + " evidence time").isEqualTo(e.atMs());
            }
          }
        }
      }
    }
    Set<Long> turnsExpected = new HashSet<>();
    c.expectations().stream()
        .filter(e -> e.subject().equals("turn"))
        .forEach(e -> turnsExpected.add(e.atMs()));
    assertThat(score.turns())
        .filteredOn(t -> !t.redacted().isEmpty())
        .extracting(ScoredTurn::startMs)
        .as(file.getFileName() + ": every turn with personal data has a turn expectation")
        .allMatch(turnsExpected::contains);
    List<String> rules = c.ruleSet().rules().stream().map(r -> r.info().id()).toList();
    assertThat(judged)
        .as(file.getFileName() + ": every rule's verdict is asserted")
        .containsAll(rules);
  }

  /**
   * A turn as scoring leaves it: the one starting at the expectation's time, its text exactly the
   * quoted one and the kinds of data redacted from it the expected ones ("none" for none).
   */
  static void checkTurn(CallScore score, CorpusCall.Expectation e, String where) {
    assertThat(e.atMs()).as(where + ": a turn expectation needs @m:ss").isNotNull();
    assertThat(e.quote()).as(where + ": a turn expectation needs the text").isNotNull();
    ScoredTurn turn =
        score.turns().stream().filter(t -> t.startMs() == e.atMs()).findFirst().orElse(null);
    assertThat(turn).as(where + ": no turn starts then").isNotNull();
    assertThat(turn.text()).as(where + " text").isEqualTo(e.quote());
    List<PiiKind> kinds =
        e.value().equals("none")
            ? List.of()
            : Arrays.stream(e.value().split(",")).map(PiiKind::of).toList();
    assertThat(turn.redacted()).as(where + " kinds").containsExactlyInAnyOrderElementsOf(kinds);
  }

  static String label(Double score) {
    if (score == null) {
      return "none";
    }
    return score >= 0.05 ? "positive" : score <= -0.05 ? "negative" : "neutral";
  }

  /** Across the corpus, every rule of every shipped rule set is seen both passing and failing. */
  @Test
  void everyStepOfEveryShippedScriptPassesAndFailsSomewhere() throws Exception {
    Map<String, Set<String>> seen = new HashMap<>();
    for (Path f : CorpusCall.files()) {
      CorpusCall c = CorpusCall.read(f);
      for (CorpusCall.Expectation e : c.expectations()) {
        seen.computeIfAbsent(c.ruleSet().id() + "/" + e.subject(), k -> new HashSet<>())
            .add(e.value());
      }
    }
    List<String> missing = new ArrayList<>();
    for (String name : RuleSets.BUILT_IN) {
      RuleSet rs = RuleSets.builtIn(name);
      for (Rule r : rs.rules()) {
        Set<String> s = seen.getOrDefault(name + "/" + r.info().id(), Set.of());
        for (VerdictKind k : List.of(VerdictKind.PASS, VerdictKind.FAIL)) {
          if (!s.contains(k.code())) {
            missing.add(name + "/" + r.info().id() + " never " + k.code());
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
