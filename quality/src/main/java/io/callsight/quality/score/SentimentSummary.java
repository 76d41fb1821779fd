package io.callsight.quality.score;

import io.callsight.quality.Speaker;
import java.util.List;

/** Summarises one party's turn sentiments as start, end and overall. */
final class SentimentSummary {
  private SentimentSummary() {}

  /**
   * Start and end are the means of the party's first and last {@code edge} turns; overall weighs
   * every turn by its length, so a long complaint counts more than a short "好的".
   */
  static PartySentiment of(List<PreparedTurn> turns, Speaker party, int edge) {
    List<PreparedTurn> own =
        turns.stream().filter(t -> t.speaker() == party && !t.text().isBlank()).toList();
    if (own.isEmpty()) {
      return PartySentiment.NONE;
    }
    double weighted = 0;
    double length = 0;
    for (PreparedTurn t : own) {
      int n = t.text().codePointCount(0, t.text().length());
      weighted += t.sentiment().score() * n;
      length += n;
    }
    int k = Math.min(edge, own.size());
    return new PartySentiment(
        CallScorer.round(mean(own.subList(0, k)), 3),
        CallScorer.round(mean(own.subList(own.size() - k, own.size())), 3),
        CallScorer.round(weighted / length, 3));
  }

  private static double mean(List<PreparedTurn> turns) {
    return turns.stream().mapToDouble(t -> t.sentiment().score()).average().orElse(0);
  }
}
