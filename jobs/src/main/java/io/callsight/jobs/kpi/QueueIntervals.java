package io.callsight.jobs.kpi;

import io.callsight.schemas.QueueKpi;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One queue's open and recently closed intervals. A row goes out when the watermark closes its
 * interval; a late fact within the allowed lateness changes the closed interval and its row goes
 * out again with the next revision; later than that, the fact is refused.
 */
public final class QueueIntervals {
  public TreeMap<Long, QueueIntervalStats> intervals = new TreeMap<>();
  public RowRevisions revisions = new RowRevisions();

  public QueueIntervals() {}

  /** What counting a fact did, so the caller knows whether the next row is due sooner. */
  public enum Added {
    /** The fact's interval is final (beyond the allowed lateness): refused. */
    TOO_LATE,
    /** Counted in an interval already known: nothing is due sooner. */
    COUNTED,
    /** Opened an interval or changed an emitted row: the next due time may have moved. */
    RESCHEDULE
  }

  /** Counts a fact in its interval. */
  public Added add(
      CallFact f, Intervals cut, QueueTargets targets, long watermark, long latenessMs) {
    long start = cut.startOf(f.eventTime);
    if (cut.isFinal(start, watermark, latenessMs)) {
      return Added.TOO_LATE;
    }
    QueueIntervalStats stats = intervals.get(start);
    boolean opened = stats == null;
    if (opened) {
      stats = new QueueIntervalStats();
      intervals.put(start, stats);
    }
    if (stats.add(f, targets) && revisions.wasEmitted(start)) {
      revisions.markChanged(start);
      return Added.RESCHEDULE;
    }
    return opened ? Added.RESCHEDULE : Added.COUNTED;
  }

  /**
   * The rows due now that the watermark has reached {@code watermark}: first rows of intervals it
   * closed and corrections of rows that changed. Intervals past the lateness are dropped.
   */
  public List<QueueKpi> close(
      String queue,
      long watermark,
      Intervals cut,
      QueueTargets targets,
      long latenessMs,
      long emittedAt) {
    List<QueueKpi> rows = new ArrayList<>();
    Iterator<Map.Entry<Long, QueueIntervalStats>> it = intervals.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Long, QueueIntervalStats> e = it.next();
      long start = e.getKey();
      long end = cut.endOf(start);
      if (end - 1 > watermark) {
        break;
      }
      QueueIntervalStats stats = e.getValue();
      int revision = revisions.due(start);
      if (revision >= 0 && !stats.isEmpty()) {
        rows.add(
            cut.isAll()
                ? stats.toRow(
                    queue,
                    Intervals.iso(stats.firstEventTime),
                    Intervals.iso(stats.lastEventTime),
                    revision,
                    targets,
                    emittedAt)
                : stats.toRow(
                    queue, Intervals.iso(start), Intervals.iso(end), revision, targets, emittedAt));
        revisions.markEmitted(start, revision);
      }
      if (cut.isFinal(start, watermark, latenessMs)) {
        it.remove();
        revisions.forget(start);
      }
    }
    return rows;
  }

  /** Whether nothing is held any more. */
  public boolean isEmpty() {
    return intervals.isEmpty();
  }

  /**
   * The next watermark at which {@link #close} has work: a row to emit, a correction (due at once:
   * {@link Long#MIN_VALUE}), or an interval to drop; {@link Long#MAX_VALUE} when none.
   */
  public long nextDue(Intervals cut, long latenessMs) {
    long next = Long.MAX_VALUE;
    for (long start : intervals.keySet()) {
      long end = cut.endOf(start);
      if (!revisions.wasEmitted(start)) {
        next = Math.min(next, end - 1);
      } else if (revisions.due(start) > 0) {
        return Long.MIN_VALUE;
      } else {
        next = Math.min(next, saturatedAdd(end - 1, latenessMs));
      }
    }
    return next;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }
}
