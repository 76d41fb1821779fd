package io.callsight.quality.score;

import io.callsight.quality.rules.Party;
import java.util.List;

/**
 * Finds the first turn in which a party says one of some phrases, or, from the first mention of
 * {@code afterTopic} on, one of {@code phrasesAfter} (both null when the topic has no after).
 */
record TopicMatcher(Party party, PhraseSet phrases, String afterTopic, PhraseSet phrasesAfter) {
  TopicMatcher(Party party, PhraseSet phrases) {
    this(party, phrases, null, null);
  }

  int firstTurn(List<PreparedTurn> turns) {
    return firstTurn(turns, phrases, 0);
  }

  /** The first turn from {@code from} on that says one of the after phrases. */
  int firstTurnAfter(List<PreparedTurn> turns, int from) {
    return firstTurn(turns, phrasesAfter, from);
  }

  private int firstTurn(List<PreparedTurn> turns, PhraseSet said, int from) {
    for (PreparedTurn t : turns.subList(from, turns.size())) {
      if (party.accepts(t.speaker(), true) && said.find(t.keyed()) != null) {
        return t.index();
      }
    }
    return -1;
  }
}
