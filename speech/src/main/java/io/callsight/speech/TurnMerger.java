package io.callsight.speech;

import io.callsight.schemas.Speaker;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Merges the words of each speaker's channel into turns in time order. A speaker's words stay in
 * one turn until they pause longer than the turn gap or the other party speaks in the pause; the
 * other party talking over them without a pause (a backchannel) leaves the turn whole and appears
 * as a turn of its own, between by start time.
 */
public final class TurnMerger {
  private final long maxGapMs;

  public TurnMerger(Duration turnGap) {
    this.maxGapMs = turnGap.toMillis();
  }

  /** The turns of all speakers, ordered by start (then by speaker). */
  public List<TranscriptTurn> merge(Map<Speaker, List<TranscriptWord>> wordsBySpeaker) {
    List<TranscriptTurn> turns = new ArrayList<>();
    for (Map.Entry<Speaker, List<TranscriptWord>> e : wordsBySpeaker.entrySet()) {
      List<TranscriptWord> others =
          wordsBySpeaker.entrySet().stream()
              .filter(o -> o.getKey() != e.getKey())
              .flatMap(o -> o.getValue().stream())
              .sorted(Comparator.comparingLong(TranscriptWord::startMs))
              .toList();
      turns.addAll(turnsOf(e.getKey(), sorted(e.getValue()), others));
    }
    turns.sort(
        Comparator.comparingLong(TranscriptTurn::startMs).thenComparing(TranscriptTurn::speaker));
    return turns;
  }

  private List<TranscriptTurn> turnsOf(
      Speaker speaker, List<TranscriptWord> words, List<TranscriptWord> others) {
    List<TranscriptTurn> turns = new ArrayList<>();
    List<TranscriptWord> current = new ArrayList<>();
    for (TranscriptWord w : words) {
      if (!current.isEmpty()) {
        TranscriptWord previous = current.get(current.size() - 1);
        long gap = w.startMs() - previous.endMs();
        if (gap > maxGapMs || someoneSpokeBetween(others, previous.endMs(), w.startMs())) {
          turns.add(turn(speaker, current));
          current = new ArrayList<>();
        }
      }
      current.add(w);
    }
    if (!current.isEmpty()) {
      turns.add(turn(speaker, current));
    }
    return turns;
  }

  /** Whether any of the (start-sorted) other words overlaps the open pause (from, to). */
  private static boolean someoneSpokeBetween(List<TranscriptWord> others, long from, long to) {
    if (to <= from) {
      return false;
    }
    for (TranscriptWord o : others) {
      if (o.startMs() >= to) {
        return false;
      }
      if (o.endMs() > from) {
        return true;
      }
    }
    return false;
  }

  private static TranscriptTurn turn(Speaker speaker, List<TranscriptWord> words) {
    return new TranscriptTurn(
        speaker,
        words.get(0).startMs(),
        words.stream().mapToLong(TranscriptWord::endMs).max().orElseThrow(),
        TranscriptTurn.textOf(words),
        words);
  }

  private static List<TranscriptWord> sorted(List<TranscriptWord> words) {
    return words.stream().sorted(Comparator.comparingLong(TranscriptWord::startMs)).toList();
  }
}
