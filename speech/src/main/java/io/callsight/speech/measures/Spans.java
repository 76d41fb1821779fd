package io.callsight.speech.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sets of time spans: union, intersection, gaps and totals, all on sorted disjoint lists. */
final class Spans {
  private Spans() {}

  static long total(List<Span> spans) {
    long sum = 0;
    for (Span s : spans) {
      sum += s.lengthMs();
    }
    return sum;
  }

  /** The time covered by any of the lists, as sorted disjoint spans. */
  static List<Span> union(List<List<Span>> lists) {
    List<Span> all = new ArrayList<>();
    lists.forEach(all::addAll);
    all.sort(Comparator.comparingLong(Span::startMs));
    List<Span> merged = new ArrayList<>();
    for (Span s : all) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s.startMs() <= last.endMs()) {
        merged.set(merged.size() - 1, new Span(last.startMs(), Math.max(last.endMs(), s.endMs())));
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  /** Time covered by both sorted disjoint lists. */
  static long intersectionMs(List<Span> a, List<Span> b) {
    long sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      sum += a.get(i).overlapMs(b.get(j));
      if (a.get(i).endMs() < b.get(j).endMs()) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** The gaps between sorted disjoint spans within {@code [0, durationMs)}, ends included. */
  static List<Span> gaps(List<Span> spans, long durationMs) {
    List<Span> gaps = new ArrayList<>();
    long at = 0;
    for (Span s : spans) {
      if (s.startMs() > at) {
        gaps.add(new Span(at, s.startMs()));
      }
      at = Math.max(at, s.endMs());
    }
    if (durationMs > at) {
      gaps.add(new Span(at, durationMs));
    }
    return gaps;
  }
}
