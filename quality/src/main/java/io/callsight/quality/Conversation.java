package io.callsight.quality;

import io.callsight.quality.text.Language;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call as quality scoring sees it: its turns in time order, the language, the switch's facts
 * and the conversation measures the transcription stage computed (passed through to the score).
 */
public record Conversation(
    String callId,
    Language language,
    List<Turn> turns,
    CallFacts facts,
    Map<String, Object> measures) {

  public Conversation {
    Objects.requireNonNull(callId, "callId is required");
    Objects.requireNonNull(language, "language is required");
    turns = List.copyOf(turns);
    facts = facts == null ? CallFacts.NONE : facts;
    measures = measures == null ? Map.of() : Map.copyOf(measures);
  }

  public Conversation(String callId, Language language, List<Turn> turns) {
    this(callId, language, turns, CallFacts.NONE, Map.of());
  }

  /** The same call with the switch's facts. */
  public Conversation withFacts(CallFacts facts) {
    return new Conversation(callId, language, turns, facts, measures);
  }

  /** When the last turn ends. */
  public long endMs() {
    long end = 0;
    for (Turn t : turns) {
      end = Math.max(end, t.endMs());
    }
    return end;
  }
}
