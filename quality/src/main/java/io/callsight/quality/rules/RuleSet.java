package io.callsight.quality.rules;

import io.callsight.quality.text.Language;
import java.util.List;
import java.util.Map;

/**
 * A versioned script to score calls against, for one language and line of business, as loaded from
 * YAML by {@link RuleSetLoader}. Phrases still hold their {@code {parameter}} placeholders;
 * parameters are lists of alternatives (a single value is a list of one).
 */
public record RuleSet(
    String id,
    int version,
    Language language,
    String lineOfBusiness,
    String description,
    Map<String, List<String>> parameters,
    Map<String, Topic> topics,
    List<Category> categories,
    PriorityRaise priorityRaise,
    int edgeTurns,
    Double autoFailScore,
    List<Rule> rules,
    String source) {

  /** A named list of phrases that conditions, ordering and priority refer to. */
  public record Topic(String name, Party speaker, List<String> phrases, After after) {}

  /**
   * Phrases that count for a topic only at or after another topic's first mention: an agent's
   * 已经帮您修改好了 is an account changed after the caller asked for it, and a repair visit moved
   * otherwise.
   */
  public record After(String topic, List<String> phrases) {}

  /** A call category (咨询, 投诉, 建议, 紧急), recognised by what the customer says. */
  public record Category(
      String id,
      String label,
      int priority,
      Party speaker,
      List<String> phrases,
      boolean isDefault) {}

  /** What raises a call's priority by one: a customer ending below a sentiment, a topic. */
  public record PriorityRaise(Double customerEndBelow, String topic) {
    public static final PriorityRaise NEVER = new PriorityRaise(null, null);
  }

  /** The same rule set with some parameters replaced (e.g. company, jargon). */
  public RuleSet withParameters(Map<String, List<String>> replacements) {
    Map<String, List<String>> merged = new java.util.LinkedHashMap<>(parameters);
    replacements.forEach(
        (k, v) -> {
          if (!merged.containsKey(k)) {
            throw new IllegalArgumentException(
                "rule set " + id + " has no parameter '" + k + "': it has " + merged.keySet());
          }
          merged.put(k, List.copyOf(v));
        });
    return new RuleSet(
        id,
        version,
        language,
        lineOfBusiness,
        description,
        Map.copyOf(merged),
        topics,
        categories,
        priorityRaise,
        edgeTurns,
        autoFailScore,
        rules,
        source);
  }

  /** The default category (the one used when no other is recognised). */
  public Category defaultCategory() {
    return categories.stream().filter(Category::isDefault).findFirst().orElseThrow();
  }
}
