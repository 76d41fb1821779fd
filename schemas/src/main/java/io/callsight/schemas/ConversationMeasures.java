package io.callsight.schemas;

import java.util.List;
import java.util.Objects;

/**
 * How a call went, measured from its audio and its words: talk, silence (nobody talking), overtalk
 * (both talking) and interruptions for the call, and each party's share. On a mono recording nobody
 * can tell the parties apart, so overtalk and interruptions are null there.
 */
public record ConversationMeasures(
    long talkMs,
    double talkRatio,
    long silenceMs,
    double silenceRatio,
    long longestSilenceMs,
    Long longestSilenceStartMs,
    int silences,
    Long overtalkMs,
    Double overtalkRatio,
    Integer interruptionCount,
    List<Interruption> interruptions,
    Double loudnessDbfs,
    List<PartyMeasures> parties) {

  public ConversationMeasures {
    Records.requireNonNegative(talkMs, "talkMs");
    Records.requireFraction(talkRatio, "talkRatio");
    Records.requireNonNegative(silenceMs, "silenceMs");
    Records.requireFraction(silenceRatio, "silenceRatio");
    Records.requireNonNegative(longestSilenceMs, "longestSilenceMs");
    Records.requireNonNegative(longestSilenceStartMs, "longestSilenceStartMs");
    Records.requireNonNegative(silences, "silences");
    Records.requireNonNegative(overtalkMs, "overtalkMs");
    Records.requireFraction(overtalkRatio, "overtalkRatio");
    Records.requireNonNegative(interruptionCount, "interruptionCount");
    interruptions = interruptions == null ? null : List.copyOf(interruptions);
    parties = List.copyOf(Objects.requireNonNull(parties, "parties are required"));
    if ((overtalkMs == null) != (interruptions == null)
        || (interruptions == null) != (interruptionCount == null)) {
      throw new IllegalArgumentException(
          "overtalkMs, interruptionCount and interruptions are given together or not at all");
    }
    if (interruptions != null && interruptions.size() != interruptionCount) {
      throw new IllegalArgumentException(
          "interruptionCount "
              + interruptionCount
              + " does not match the "
              + interruptions.size()
              + " interruptions listed");
    }
  }
}
