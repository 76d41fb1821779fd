package io.callsight.quality.score;

import io.callsight.quality.match.Phrase;
import io.callsight.quality.rules.Placeholders;
import io.callsight.quality.text.KeyedText;
import io.callsight.quality.text.Keyer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Alternative phrases, parameters expanded and compiled; matches when any one does. */
final class PhraseSet {
  private final Phrase[] phrases;

  private PhraseSet(Phrase[] phrases) {
    this.phrases = phrases;
  }

  static PhraseSet compile(
      List<String> patterns, Map<String, List<String>> parameters, Keyer keyer, Integer tolerance) {
    List<Phrase> out = new ArrayList<>();
    for (String pattern : patterns) {
      for (String p : Placeholders.expand(pattern, parameters)) {
        KeyedText keyed = keyer.keyPattern(p);
        int errors = tolerance != null ? tolerance : keyer.defaultTolerance(keyed.length());
        out.add(Phrase.compile(p, keyed, errors));
      }
    }
    return new PhraseSet(out.toArray(new Phrase[0]));
  }

  /** The first phrase found in the text, or null. */
  Phrase find(KeyedText text) {
    for (Phrase p : phrases) {
      if (p.matches(text)) {
        return p;
      }
    }
    return null;
  }

  /** The first phrase, for notes about what was expected. */
  String example() {
    return phrases.length == 0 ? "" : phrases[0].source();
  }
}
