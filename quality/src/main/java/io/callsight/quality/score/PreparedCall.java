package io.callsight.quality.score;

import io.callsight.quality.CallFacts;
import io.callsight.quality.rules.Rule;
import io.callsight.quality.rules.RuleSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A call's prepared turns with what the rules share: topics found, category, facts. */
final class PreparedCall {
  final List<PreparedTurn> turns;
  final long endMs;
  final CallFacts facts;
  private final CompiledRules rules;
  private final Map<String, Integer> topicTurns = new HashMap<>();
  RuleSet.Category category;
  int categoryTurn = -1;

  PreparedCall(List<PreparedTurn> turns, long endMs, CallFacts facts, CompiledRules rules) {
    this.turns = turns;
    this.endMs = endMs;
    this.facts = facts;
    this.rules = rules;
  }

  /**
   * The first turn that mentions a topic, or -1: one of its phrases, or one of its after phrases
   * from its after topic's first mention on.
   */
  int topicTurn(String topic) {
    Integer known = topicTurns.get(topic);
    if (known != null) {
      return known;
    }
    TopicMatcher m = rules.topic(topic);
    int first = m.firstTurn(turns);
    int from = m.afterTopic() == null ? -1 : topicTurn(m.afterTopic());
    if (from >= 0) {
      int after = m.firstTurnAfter(turns, from);
      first = first < 0 || after >= 0 && after < first ? after : first;
    }
    topicTurns.put(topic, first);
    return first;
  }

  /** Whether a turn starts inside a rule's window. */
  boolean inWindow(Rule.Window w, PreparedTurn t) {
    if (w.firstSeconds() != null) {
      return t.startMs() < w.firstSeconds() * 1000L;
    }
    if (w.lastSeconds() != null) {
      return t.endMs() > endMs - w.lastSeconds() * 1000L;
    }
    return true;
  }

  /**
   * Null when a rule's condition holds; otherwise why it does not (for the not-applicable note).
   * {@code orTopic}, when not null, stands in for the condition's topic if that never came up; once
   * it came up, no {@code unless} topic excuses the rule (an account changed without a check fails,
   * whatever self-service the agent also pointed to).
   */
  String unmet(Rule.Condition c, String orTopic) {
    boolean orTopicCameUp = orTopic != null && topicTurn(orTopic) >= 0;
    if (c.topic() != null && topicTurn(c.topic()) < 0 && !orTopicCameUp) {
      return "applies only when topic "
          + c.topic()
          + (orTopic == null ? "" : " or " + orTopic)
          + " comes up";
    }
    if (c.category() != null && !c.category().equals(category.id())) {
      return "applies only to " + c.category() + " calls";
    }
    for (String unless : c.unlessTopics()) {
      if (!orTopicCameUp && topicTurn(unless) >= 0) {
        return "does not apply when topic " + unless + " comes up";
      }
    }
    if (c.direction() != null && c.direction() != facts.direction()) {
      return "applies only to "
          + c.direction().name().toLowerCase(java.util.Locale.ROOT)
          + " calls";
    }
    if (c.transferred() != null && c.transferred() != Boolean.TRUE.equals(facts.transferred())) {
      return c.transferred()
          ? "applies only to transferred calls"
          : "does not apply to transferred calls";
    }
    return null;
  }
}
