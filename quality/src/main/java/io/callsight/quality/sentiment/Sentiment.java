package io.callsight.quality.sentiment;

import com.fasterxml.jackson.annotation.JsonValue;

/** How positive a text is: a score in [-1, 1] and its label. */
public record Sentiment(double score, Label label) {
  /** Scores within this distance of 0 are neutral. */
  public static final double NEUTRAL_BAND = 0.05;

  public static final Sentiment NEUTRAL = new Sentiment(0, Label.NEUTRAL);

  /** positive, neutral or negative. */
  public enum Label {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    @JsonValue
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The sentiment of a score, labelled by {@link #NEUTRAL_BAND}. */
  public static Sentiment of(double score) {
    double s = Math.max(-1, Math.min(1, score));
    Label label =
        s >= NEUTRAL_BAND ? Label.POSITIVE : s <= -NEUTRAL_BAND ? Label.NEGATIVE : Label.NEUTRAL;
    return new Sentiment(s, label);
  }
}
