package io.callsight.quality;

import io.callsight.quality.text.Language;
import io.callsight.schemas.Json;
import io.callsight.schemas.Transcript;
import java.util.List;
import java.util.Map;

/** A {@code transcripts} record as quality scoring sees it: turns, language, measures. */
public final class TranscriptCalls {
  private TranscriptCalls() {}

  /**
   * The call in a transcript, with the switch's facts.
   *
   * @throws IllegalArgumentException when the transcript's language is not one CallSight scores
   */
  @SuppressWarnings("unchecked")
  public static Conversation of(Transcript transcript, CallFacts facts) {
    List<Turn> turns =
        transcript.turns().stream()
            .map(t -> new Turn(Speaker.of(t.speaker().json()), t.startMs(), t.endMs(), t.text()))
            .toList();
    Map<String, Object> measures = Json.mapper().convertValue(transcript.measures(), Map.class);
    return new Conversation(
        transcript.callId(), Language.of(transcript.language()), turns, facts, measures);
  }
}
