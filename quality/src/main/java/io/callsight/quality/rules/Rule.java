package io.callsight.quality.rules;

import io.callsight.quality.redact.PiiKind;
import io.callsight.schemas.Direction;
import java.util.List;
import java.util.Set;

/** One check of a rule set, in one of five kinds. */
public sealed interface Rule
    permits Rule.Says, Rule.MustNotSay, Rule.Order, Rule.FactCheck, Rule.MustNotDisclose {

  /**
   * What every rule has: its id, the script step it belongs to, weight, whether critical, and the
   * topic that must have come up for a failure to be critical (null: whenever it fails).
   */
  record Info(
      String id,
      String step,
      String description,
      double weight,
      boolean critical,
      String criticalOnceTopic,
      Condition when) {}

  /**
   * When a rule applies; null parts always hold. All given parts must hold: the topic came up, the
   * call is of the category and direction, none of the {@code unlessTopics} came up (an outbound
   * call the customer put off at 现在方便吗 has no need to restate), and the call was or was not {@code
   * transferred} (the agent who passes a call on does not close it; a call whose events do not say
   * counts as not transferred).
   */
  record Condition(
      String topic,
      String category,
      Direction direction,
      List<String> unlessTopics,
      Boolean transferred) {
    public static final Condition ALWAYS = new Condition(null, null, null, List.of(), null);
  }

  /** Which turns a rule looks at by time: starting in the first N s, or ending in the last N s. */
  record Window(Integer firstSeconds, Integer lastSeconds) {
    public static final Window WHOLE_CALL = new Window(null, null);
  }

  Info info();

  /**
   * The party must say a phrase: every group (alternatives) in one turn, or any group when {@code
   * matchAny}; in at least {@code min} turns; before the first mention of topic {@code before}.
   */
  record Says(
      Info info,
      Party speaker,
      Window window,
      List<List<String>> groups,
      boolean matchAny,
      int min,
      String beforeTopic,
      Integer tolerance)
      implements Rule {}

  /** The party must not say any of the phrases. */
  record MustNotSay(
      Info info, Party speaker, Window window, List<String> phrases, Integer tolerance)
      implements Rule {}

  /** The named {@link Says} rules, where found, must be found in this order. */
  record Order(Info info, List<String> steps) implements Rule {}

  /** A fact of the call must be at most / at least a number, be true or false, or one of values. */
  record FactCheck(
      Info info, Fact fact, Double atMost, Double atLeast, Boolean is, List<String> oneOf)
      implements Rule {}

  /** The party must not say personal data of these kinds (before it is redacted). */
  record MustNotDisclose(Info info, Party speaker, Set<PiiKind> kinds) implements Rule {}
}
