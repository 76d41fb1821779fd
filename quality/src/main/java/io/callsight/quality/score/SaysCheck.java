package io.callsight.quality.score;

import io.callsight.quality.match.Phrase;
import io.callsight.quality.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Passes when the party says the phrases (every group in one turn, or any group) in enough turns
 * inside the window, and, when the rule names a topic to come before, before that topic's first
 * mention. A failure's evidence is the turn that shows it: the topic mentioned too early, the turn
 * that raised the condition, or the party's first turn in the window.
 */
final class SaysCheck extends Check {
  private final Rule.Says rule;
  private final List<PhraseSet> groups;

  SaysCheck(Rule.Says rule, List<PhraseSet> groups) {
    super(rule.info());
    this.rule = rule;
    this.groups = groups;
  }

  /**
   * What must come before an operation applies whenever the operation is done: a refund made
   * without an identity check fails though the caller never asked for one in the rule's words.
   */
  @Override
  String alsoWhen() {
    return rule.beforeTopic();
  }

  @Override
  Judgement judgeApplicable(PreparedCall call, Map<String, Judgement> earlier) {
    PreparedTurn first = null;
    PreparedTurn found = null;
    List<String> phrases = new ArrayList<>();
    int count = 0;
    Partly partly = null;
    for (PreparedTurn t : call.turns) {
      if (!rule.speaker().accepts(t.speaker(), true) || !call.inWindow(rule.window(), t)) {
        continue;
      }
      if (first == null) {
        first = t;
      }
      Heard heard = heard(t);
      if (heard.satisfies()) {
        count++;
        phrases.add(heard.phrase());
        if (found == null) {
          found = t;
        }
        if (count >= rule.min()) {
          break;
        }
      } else if (heard.phrase() != null
          && (partly == null || rule.window().lastSeconds() != null)) {
        // Of the turns that said part of it, the first shows an opening, the last a closing.
        partly = new Partly(t, heard.phrase(), heard.missing());
      }
    }
    if (found != null && count >= rule.min()) {
      if (rule.beforeTopic() != null) {
        int topic = call.topicTurn(rule.beforeTopic());
        if (topic >= 0 && topic < found.index()) {
          return verdict(
              VerdictKind.FAIL,
              call.turns.get(topic),
              rule.beforeTopic() + " came before it (said later: " + phrases.get(0) + ")");
        }
      }
      // A rule that needs several turns names what each of them said.
      return verdict(
          VerdictKind.PASS,
          found,
          rule.min() > 1
              ? "said in " + count + " turns: " + String.join(", ", phrases)
              : "said: " + phrases.get(0));
    }
    String note =
        count > 0
            ? "said in "
                + count
                + " turn"
                + (count == 1 ? "" : "s")
                + " of the "
                + rule.min()
                + " needed: "
                + String.join(", ", phrases)
            : partly != null
                ? "said: " + partly.said() + ", but not with it: " + partly.missing()
                : "not said: " + notSaid();
    if (rule.beforeTopic() != null && call.topicTurn(rule.beforeTopic()) >= 0) {
      // The telling turn: what was done without it.
      return verdict(
          VerdictKind.FAIL,
          call.turns.get(call.topicTurn(rule.beforeTopic())),
          note + " (" + rule.beforeTopic() + " went ahead)");
    }
    Rule.Condition when = rule.info().when();
    PreparedTurn shown;
    if (count > 0) {
      // Too few turns said it: the first that did.
      shown = found;
    } else if (partly != null) {
      shown = partly.turn();
    } else if (when.topic() != null) {
      shown = call.turns.get(call.topicTurn(when.topic()));
    } else if (when.category() != null && call.categoryTurn >= 0) {
      // The customer's complaint, which nothing answered.
      shown = call.turns.get(call.categoryTurn);
    } else {
      shown = first;
    }
    return verdict(VerdictKind.FAIL, shown, note);
  }

  /** A turn that said some of the groups that must be said together, and the first it lacks. */
  private record Partly(PreparedTurn turn, String said, String missing) {}

  /** What was expected: one example per group, joined as the rule joins them. */
  private String notSaid() {
    return groups.stream()
        .map(PhraseSet::example)
        .collect(java.util.stream.Collectors.joining(rule.matchAny() ? " or " : " + "));
  }

  /**
   * What a turn said of the rule's groups: the phrases found, one per group joined by " + ", and
   * for a rule whose groups must all be said in one turn the first group it lacks (null when it
   * lacks none).
   */
  private record Heard(String phrase, String missing) {
    boolean satisfies() {
      return phrase != null && missing == null;
    }
  }

  /** Searches a turn for the groups once: the first one found will do when any group will. */
  private Heard heard(PreparedTurn t) {
    String said = null;
    String missing = null;
    for (PhraseSet g : groups) {
      Phrase p = g.find(t.keyed());
      if (p != null && rule.matchAny()) {
        return new Heard(p.source(), null);
      }
      if (p != null) {
        said = said == null ? p.source() : said + " + " + p.source();
      } else if (missing == null && !rule.matchAny()) {
        missing = g.example();
      }
    }
    return new Heard(said, missing);
  }
}
