package io.callsight.quality.score;

/** One party's sentiment over a call: at the start, at the end, and overall; null without turns. */
public record PartySentiment(Double start, Double end, Double overall) {
  public static final PartySentiment NONE = new PartySentiment(null, null, null);
}
