package io.callsight.quality.score;

import io.callsight.quality.rules.Party;
import java.util.List;

/** Finds the first turn in which a party says one of some phrases. */
record TopicMatcher(Party party, PhraseSet phrases) {
  int firstTurn(List<PreparedTurn> turns) {
    for (PreparedTurn t : turns) {
      if (party.accepts(t.speaker(), true) && phrases.find(t.keyed()) != null) {
        return t.index();
      }
    }
    return -1;
  }
}
