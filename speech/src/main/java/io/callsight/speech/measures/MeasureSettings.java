package io.callsight.speech.measures;

import java.io.Serializable;
import java.time.Duration;

/**
 * The thresholds the conversation measures use, configurable because lines, headsets and centres
 * differ.
 *
 * @param talkThresholdDbfs a 10 ms frame at or above this level (RMS, dBFS) is talk
 * @param minTalk talk shorter than this (a click, a cough) is not talk
 * @param bridge pauses shorter than this inside talk (between words) stay talk
 * @param minSilence silences at least this long are counted
 * @param minOverlap talking over the other party for at least this long is an interruption; shorter
 *     overlaps (mm-hm, a quick "yes") are backchannel
 */
public record MeasureSettings(
    double talkThresholdDbfs,
    Duration minTalk,
    Duration bridge,
    Duration minSilence,
    Duration minOverlap)
    implements Serializable {

  public static final MeasureSettings DEFAULTS =
      new MeasureSettings(
          -40.0,
          Duration.ofMillis(100),
          Duration.ofMillis(300),
          Duration.ofSeconds(3),
          Duration.ofMillis(500));

  public MeasureSettings {
    if (!(talkThresholdDbfs < 0)) {
      throw new IllegalArgumentException(
          "the talk threshold must be below 0 dBFS, was " + talkThresholdDbfs);
    }
    for (Duration d : new Duration[] {minTalk, bridge, minSilence, minOverlap}) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException("measure thresholds must not be negative, was " + d);
      }
    }
  }
}
