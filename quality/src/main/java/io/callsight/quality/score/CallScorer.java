package io.callsight.quality.score;

import io.callsight.quality.Conversation;
import io.callsight.quality.Speaker;
import io.callsight.quality.Turn;
import io.callsight.quality.redact.NumbersInParts;
import io.callsight.quality.redact.Redaction;
import io.callsight.quality.redact.Redactor;
import io.callsight.quality.rules.RuleSet;
import io.callsight.quality.sentiment.Sentiment;
import io.callsight.quality.sentiment.SentimentScorer;
import io.callsight.quality.text.Keyer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores calls against one rule set: redacts every turn, judges every rule, finds the category and
 * priority, and summarises sentiment. Thread-safe; one instance serves many calls.
 */
public final class CallScorer {
  /** The parameter a call's own agent id replaces. */
  public static final String AGENT_ID = "agentId";

  private static final int MAX_COMPILED = 2_000;

  private final RuleSet ruleSet;
  private final NumbersInParts numbersInParts;
  private final Keyer keyer;
  private final SentimentScorer sentiment;
  private final CompiledRules defaults;
  private final Map<String, CompiledRules> perAgent = new ConcurrentHashMap<>();

  /** Scores with the shipped sentiment lexicon of the rule set's language. */
  public CallScorer(RuleSet ruleSet) {
    this(ruleSet, SentimentScorer.forLanguage(ruleSet.language()));
  }

  /** Scores turns' sentiment with {@code sentiment}, such as a trained model. */
  public CallScorer(RuleSet ruleSet, SentimentScorer sentiment) {
    this(ruleSet, sentiment, new Redactor());
  }

  /**
   * Redacts turns with {@code redactor}, which may know the centre's own e-mail domains: an agent
   * who gives the centre's address discloses nothing.
   */
  public CallScorer(RuleSet ruleSet, SentimentScorer sentiment, Redactor redactor) {
    this.ruleSet = ruleSet;
    this.numbersInParts = new NumbersInParts(redactor);
    this.keyer = Keyer.forLanguage(ruleSet.language());
    this.sentiment = sentiment;
    this.defaults = new CompiledRules(ruleSet, ruleSet.parameters());
  }

  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** Scores one call. Its language must be the rule set's. */
  public CallScore score(Conversation call) {
    if (call.language() != ruleSet.language()) {
      throw new IllegalArgumentException(
          "call "
              + call.callId()
              + " is in "
              + call.language()
              + " but rule set "
              + ruleSet.id()
              + " is for "
              + ruleSet.language());
    }
    CompiledRules rules = rulesFor(call.facts().agentId());
    List<PreparedTurn> turns = new ArrayList<>(call.turns().size());
    List<Redaction> redacted =
        numbersInParts.redactInOrder(call.turns(), Turn::text, Turn::speaker);
    for (Turn t : call.turns()) {
      Redaction r = redacted.get(turns.size());
      turns.add(
          new PreparedTurn(
              turns.size(),
              t.speaker(),
              t.startMs(),
              t.endMs(),
              r.text(),
              r.kinds(),
              keyer.key(r.text()),
              r.text().isBlank() ? Sentiment.NEUTRAL : sentimentOf(t.speaker(), r.text())));
    }
    PreparedCall prepared = new PreparedCall(turns, call.endMs(), call.facts(), rules);
    categorise(prepared, rules);

    Map<String, Judgement> judged = new HashMap<>();
    for (Check c : rules.checks) {
      if (!c.late()) {
        judged.put(c.info().id(), c.judge(prepared, judged));
      }
    }
    for (Check c : rules.checks) {
      if (c.late()) {
        judged.put(c.info().id(), c.judge(prepared, judged));
      }
    }
    List<Verdict> verdicts = new ArrayList<>();
    double passed = 0;
    double applicable = 0;
    boolean autoFail = false;
    for (Check c : rules.checks) {
      Verdict v = judged.get(c.info().id()).verdict();
      verdicts.add(v);
      if (v.verdict() != VerdictKind.NOT_APPLICABLE) {
        applicable += v.weight();
        passed += v.verdict() == VerdictKind.PASS ? v.weight() : 0;
        autoFail |= v.verdict() == VerdictKind.FAIL && v.critical();
      }
    }
    double weighted = applicable == 0 ? 100 : round(100 * passed / applicable, 1);
    double score = autoFail && ruleSet.autoFailScore() != null ? ruleSet.autoFailScore() : weighted;

    CallSentiment mood =
        new CallSentiment(
            SentimentSummary.of(turns, Speaker.CUSTOMER, ruleSet.edgeTurns()),
            SentimentSummary.of(turns, Speaker.AGENT, ruleSet.edgeTurns()));
    int priority = priority(prepared, mood);

    List<ScoredTurn> scoredTurns = new ArrayList<>(turns.size());
    for (PreparedTurn t : turns) {
      scoredTurns.add(
          new ScoredTurn(
              t.index(),
              t.speaker(),
              t.startMs(),
              t.endMs(),
              t.text(),
              round(t.sentiment().score(), 3),
              t.sentiment().label(),
              t.pii()));
    }
    return new CallScore(
        call.callId(),
        ruleSet.id(),
        ruleSet.version(),
        ruleSet.language(),
        score,
        weighted,
        autoFail,
        prepared.category.id(),
        prepared.category.label(),
        prepared.categoryTurn < 0 ? null : turns.get(prepared.categoryTurn).evidence(),
        priority,
        verdicts,
        mood,
        scoredTurns,
        new LinkedHashMap<>(call.measures()));
  }

  /** An agent's turn is scored as the agent's ({@link SentimentScorer#scoreAgent}). */
  private Sentiment sentimentOf(Speaker speaker, String text) {
    return speaker == Speaker.AGENT ? sentiment.scoreAgent(text) : sentiment.score(text);
  }

  private CompiledRules rulesFor(String agentId) {
    if (agentId == null || agentId.isBlank() || !ruleSet.parameters().containsKey(AGENT_ID)) {
      return defaults;
    }
    if (perAgent.size() > MAX_COMPILED) {
      perAgent.clear();
    }
    return perAgent.computeIfAbsent(
        agentId,
        id -> {
          Map<String, List<String>> p = new HashMap<>(ruleSet.parameters());
          p.put(AGENT_ID, List.of(id));
          return new CompiledRules(ruleSet, p);
        });
  }

  /** The first category (in the rule set's order) whose phrases are said; else the default. */
  private static void categorise(PreparedCall call, CompiledRules rules) {
    for (CompiledRules.CategoryMatcher c : rules.categories) {
      int turn = c.matcher().firstTurn(call.turns);
      if (turn >= 0) {
        call.category = c.category();
        call.categoryTurn = turn;
        return;
      }
    }
    call.category = rules.ruleSet.defaultCategory();
  }

  /** The category's priority, raised by one for each raising condition that holds (1 is top). */
  private int priority(PreparedCall call, CallSentiment mood) {
    int p = call.category.priority();
    RuleSet.PriorityRaise raise = ruleSet.priorityRaise();
    if (raise.customerEndBelow() != null
        && mood.customer().end() != null
        && mood.customer().end() < raise.customerEndBelow()) {
      p--;
    }
    if (raise.topic() != null && call.topicTurn(raise.topic()) >= 0) {
      p--;
    }
    return Math.max(1, p);
  }

  static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }
}
