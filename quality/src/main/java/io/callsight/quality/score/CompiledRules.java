package io.callsight.quality.score;

import io.callsight.quality.rules.Rule;
import io.callsight.quality.rules.RuleSet;
import io.callsight.quality.text.Keyer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule set with its phrases compiled for one set of parameter values. */
final class CompiledRules {
  /** A category with its compiled phrases. */
  record CategoryMatcher(RuleSet.Category category, TopicMatcher matcher) {}

  final RuleSet ruleSet;
  final List<CategoryMatcher> categories = new ArrayList<>();
  final List<Check> checks = new ArrayList<>();
  private final Map<String, TopicMatcher> topics = new LinkedHashMap<>();

  CompiledRules(RuleSet ruleSet, Map<String, List<String>> parameters) {
    this.ruleSet = ruleSet;
    Keyer keyer = Keyer.forLanguage(ruleSet.language());
    ruleSet
        .topics()
        .forEach(
            (name, t) ->
                topics.put(
                    name,
                    new TopicMatcher(
                        t.speaker(),
                        PhraseSet.compile(t.phrases(), parameters, keyer, null),
                        t.after() == null ? null : t.after().topic(),
                        t.after() == null
                            ? null
                            : PhraseSet.compile(t.after().phrases(), parameters, keyer, null))));
    for (RuleSet.Category c : ruleSet.categories()) {
      if (!c.isDefault()) {
        categories.add(
            new CategoryMatcher(
                c,
                new TopicMatcher(
                    c.speaker(), PhraseSet.compile(c.phrases(), parameters, keyer, null))));
      }
    }
    for (Rule r : ruleSet.rules()) {
      checks.add(check(r, parameters, keyer));
    }
  }

  private static Check check(Rule r, Map<String, List<String>> parameters, Keyer keyer) {
    if (r instanceof Rule.Says s) {
      return new SaysCheck(
          s,
          s.groups().stream()
              .map(g -> PhraseSet.compile(g, parameters, keyer, s.tolerance()))
              .toList());
    }
    if (r instanceof Rule.MustNotSay m) {
      // A forbidden phrase fails a call only when heard exactly (in sound): one edit could drop
      // the "not" of "I cannot help you" and find "I can help you".
      int tolerance = m.tolerance() == null ? 0 : m.tolerance();
      return new MustNotSayCheck(m, PhraseSet.compile(m.phrases(), parameters, keyer, tolerance));
    }
    if (r instanceof Rule.Order o) {
      return new OrderCheck(o);
    }
    if (r instanceof Rule.FactCheck f) {
      return new FactRuleCheck(f);
    }
    return new DisclosureCheck((Rule.MustNotDisclose) r);
  }

  TopicMatcher topic(String name) {
    return topics.get(name);
  }
}
