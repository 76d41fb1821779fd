package io.callsight.schemas;

import java.util.Objects;

/**
 * One party's share of a conversation: how long it talked, how often it interrupted or was
 * interrupted, how fast and how loud it spoke. Rates and levels are null when it never talked.
 */
public record PartyMeasures(
    Speaker speaker,
    long talkMs,
    double talkRatio,
    int turns,
    long longestTurnMs,
    int interruptionsMade,
    int interruptionsReceived,
    int words,
    int characters,
    Double speakingRate,
    RateUnit speakingRateUnit,
    Double loudnessDbfs,
    Double peakDbfs) {

  public PartyMeasures {
    Objects.requireNonNull(speaker, "speaker is required");
    Objects.requireNonNull(speakingRateUnit, "speakingRateUnit is required");
    Records.requireNonNegative(talkMs, "talkMs");
    Records.requireFraction(talkRatio, "talkRatio");
    Records.requireNonNegative(turns, "turns");
    Records.requireNonNegative(longestTurnMs, "longestTurnMs");
    Records.requireNonNegative(interruptionsMade, "interruptionsMade");
    Records.requireNonNegative(interruptionsReceived, "interruptionsReceived");
    Records.requireNonNegative(words, "words");
    Records.requireNonNegative(characters, "characters");
    Records.requireNonNegative(speakingRate, "speakingRate");
  }
}
