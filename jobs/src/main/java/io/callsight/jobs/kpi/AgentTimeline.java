package io.callsight.jobs.kpi;

import io.callsight.schemas.AgentKpi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One agent's day as a timeline: inputs move the agent between states, time in each state is
 * accrued into intervals, and rows go out when the watermark closes an interval.
 *
 * <p>Inputs may arrive out of order, and a wrap-up end reports when its after-call work began. So
 * the timeline keeps its inputs and its state at each interval boundary for the allowed lateness,
 * and an input earlier than what it has already processed replays the affected intervals from the
 * boundary before it; closed rows that changed go out again with the next revision.
 */
public final class AgentTimeline {
  private static final Comparator<AgentInput> ORDER =
      Comparator.<AgentInput>comparingLong(i -> i.time).thenComparingLong(i -> i.seq);

  public String agentId;
  public AgentState state = new AgentState();

  /** Time up to which the state's time has been accrued. */
  public long processedTo = Long.MIN_VALUE;

  /** Inputs since the earliest retained boundary, in time order. */
  public List<AgentInput> inputs = new ArrayList<>();

  /** The state at the start of each retained interval. */
  public TreeMap<Long, AgentState> boundaries = new TreeMap<>();

  public TreeMap<Long, AgentIntervalStats> intervals = new TreeMap<>();
  public RowRevisions revisions = new RowRevisions();

  /** Inputs not yet folded in, in time order: they wait for the watermark to pass them. */
  public List<AgentInput> pending = new ArrayList<>();

  /** The agent's state as inputs arrived, for the wall-board now. */
  public AgentState live = new AgentState();

  /** Whether the switch reports wrap-up ends, so the wall-board shows after-call work live. */
  public boolean reportsWrapUp;

  /** Whether inputs were ever dropped past the lateness (so a full replay is impossible). */
  public boolean truncated;

  public long nextSeq;

  public AgentTimeline() {}

  public AgentTimeline(String agentId) {
    this.agentId = agentId;
  }

  /**
   * Takes an input as it arrives: the live state moves at once; the timeline takes it when the
   * watermark passes its time, so inputs merged from several streams are folded in time order (at
   * once when the watermark has already passed it: a late input, which may replay).
   *
   * @return false when the input is older than anything that can still be corrected
   */
  public boolean offer(AgentInput in, Intervals cut, long watermark) {
    live.apply(in);
    if (in.kind == AgentInputKind.WRAPUP_ENDED) {
      reportsWrapUp = true;
    } else if (in.kind == AgentInputKind.TALK_ENDED && reportsWrapUp) {
      live.work = AgentActivity.AFTER_CALL_WORK;
      live.activeCallId = in.callId;
    }
    if (in.time <= watermark) {
      return accept(in, cut);
    }
    // After the pending inputs of the same time or earlier. While a backlog is read, another
    // stream's inputs may wait here hours ahead of this one, so the place is found by bisection.
    pending.add(firstPendingAfter(in.time), in);
    return true;
  }

  /**
   * Applies an input to the timeline now.
   *
   * @return false when the input is older than anything that can still be corrected
   */
  public boolean accept(AgentInput in, Intervals cut) {
    in.seq = nextSeq++;
    if (processedTo == Long.MIN_VALUE) {
      processedTo = in.time;
      boundaries.put(cut.startOf(in.time), state.copy());
    }
    if (in.time >= processedTo) {
      advance(in.time, cut);
      inputs.add(in);
      apply(in, cut);
      return true;
    }
    long from = cut.startOf(in.time);
    if (!boundaries.isEmpty() && from < boundaries.firstKey()) {
      if (truncated) {
        return false;
      }
      // The whole history is still here: replay it from an agent who had not logged in yet.
      boundaries.put(from, new AgentState());
    } else if (inputs.isEmpty() || in.time >= inputs.get(inputs.size() - 1).time) {
      // Nothing happened between this input and now: the state was constant, so moving its time
      // is enough (the common case: a wrap-up end reporting when after-call work began).
      long until = rewind(in.time, cut);
      inputs.add(in);
      apply(in, cut);
      advance(until, cut);
      return true;
    }
    int at = insertionPoint(in);
    inputs.add(at, in);
    replayFrom(boundaries.floorKey(from), cut);
    return true;
  }

  /**
   * Accrues time up to the watermark and returns the rows it made due: first rows of closed
   * intervals and corrections of closed rows that changed. Drops what is past the lateness.
   */
  public List<AgentKpi> close(long watermark, Intervals cut, long latenessMs, long emittedAt) {
    List<AgentInput> due = pending.subList(0, firstPendingAfter(watermark));
    for (AgentInput in : due) {
      accept(in, cut);
    }
    due.clear();
    if (processedTo != Long.MIN_VALUE && watermark > processedTo && watermark != Long.MAX_VALUE) {
      advance(watermark, cut);
    } else if (watermark == Long.MAX_VALUE && processedTo != Long.MIN_VALUE) {
      // End of input: close the interval the last input fell in.
      long end = cut.endOf(cut.startOf(processedTo));
      if (end != Long.MAX_VALUE) {
        advance(end, cut);
      }
    }
    List<AgentKpi> rows = new ArrayList<>();
    Iterator<Map.Entry<Long, AgentIntervalStats>> it = intervals.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Long, AgentIntervalStats> e = it.next();
      long start = e.getKey();
      long end = cut.endOf(start);
      if (end - 1 > watermark) {
        break;
      }
      int revision = revisions.due(start);
      if (revision >= 0 && !e.getValue().isEmpty()) {
        rows.add(
            e.getValue()
                .toRow(agentId, Intervals.iso(start), Intervals.iso(end), revision, emittedAt));
        revisions.markEmitted(start, revision);
      }
      if (cut.isFinal(start, watermark, latenessMs)) {
        it.remove();
        revisions.forget(start);
      }
    }
    evictBefore(intervals.isEmpty() ? cut.startOf(processedTo) : intervals.firstKey());
    return rows;
  }

  /** Whether the agent is logged out with nothing left to emit or correct. */
  public boolean isIdle() {
    return !state.staffed() && intervals.isEmpty() && pending.isEmpty();
  }

  /**
   * The next watermark at which {@link #close} has work: an interval to emit or to drop, or, while
   * the agent is staffed, the end of the interval the timeline is in.
   */
  public long nextDue(Intervals cut, long latenessMs) {
    long next = Long.MAX_VALUE;
    if (state.staffed() && processedTo != Long.MIN_VALUE) {
      next = cut.endOf(cut.startOf(processedTo)) - 1;
    }
    for (long start : intervals.keySet()) {
      long end = cut.endOf(start);
      long due = revisions.wasEmitted(start) ? end - 1 + latenessMs : end - 1;
      next = Math.min(next, due);
    }
    if (!pending.isEmpty()) {
      next = Math.min(next, cut.endOf(cut.startOf(pending.get(0).time)) - 1);
    }
    return next;
  }

  private void apply(AgentInput in, Intervals cut) {
    AgentIntervalStats stats = statsAt(cut.startOf(in.time));
    switch (in.kind) {
      case RING_NO_ANSWER -> stats.ringNoAnswer++;
      case ANSWERED -> stats.answered++;
      case HOLD_START -> stats.holds++;
      case TALK_ENDED -> {
        stats.handled++;
        if (in.transferred) {
          stats.transferred++;
        }
      }
      case WRAPUP_ENDED -> {
        if (in.caseEntered != null) {
          stats.entriesReported++;
          if (in.caseEntered) {
            stats.casesEntered++;
          }
        }
      }
      default -> {}
    }
    state.apply(in);
  }

  /** Accrues the current state's time up to {@code to}, recording the state at each boundary. */
  private void advance(long to, Intervals cut) {
    long t = processedTo;
    while (t < to) {
      long start = cut.startOf(t);
      long end = Math.min(cut.endOf(start), to);
      if (state.staffed()) {
        statsAt(start).accrue(state, end - t);
      }
      t = end;
      if (t == cut.endOf(start) && !boundaries.containsKey(t)) {
        boundaries.put(t, state.copy());
      }
    }
    processedTo = Math.max(processedTo, to);
  }

  /**
   * Takes back the time accrued since {@code to} in the current state (constant since then),
   * marking emitted rows it changes; boundaries after {@code to} go, {@link #advance} redoes them.
   *
   * @return where the timeline stood, to advance back to
   */
  private long rewind(long to, Intervals cut) {
    long until = processedTo;
    long t = to;
    while (t < processedTo) {
      long start = cut.startOf(t);
      long end = Math.min(cut.endOf(start), processedTo);
      if (state.staffed()) {
        statsAt(start).accrue(state, -(end - t));
        if (revisions.wasEmitted(start)) {
          revisions.markChanged(start);
        }
      }
      t = end;
    }
    boundaries.tailMap(to, false).clear();
    processedTo = to;
    return until;
  }

  private void replayFrom(long boundary, Intervals cut) {
    long until = processedTo;
    Map<Long, AgentIntervalStats> before = new TreeMap<>(intervals.tailMap(boundary, true));
    intervals.tailMap(boundary, true).clear();
    boundaries.tailMap(boundary, false).clear();
    state = boundaries.get(boundary).copy();
    processedTo = boundary;
    for (AgentInput in : inputs) {
      if (in.time >= boundary) {
        advance(in.time, cut);
        apply(in, cut);
      }
    }
    advance(until, cut);
    for (Map.Entry<Long, AgentIntervalStats> e : intervals.tailMap(boundary, true).entrySet()) {
      if (revisions.wasEmitted(e.getKey()) && !e.getValue().equals(before.get(e.getKey()))) {
        revisions.markChanged(e.getKey());
      }
    }
  }

  private void evictBefore(long keepFrom) {
    Long boundary = boundaries.floorKey(keepFrom);
    if (boundary == null) {
      return;
    }
    if (!boundaries.headMap(boundary, false).isEmpty()) {
      truncated = true;
      boundaries.headMap(boundary, false).clear();
    }
    inputs.removeIf(in -> in.time < boundary);
  }

  private AgentIntervalStats statsAt(long start) {
    return intervals.computeIfAbsent(start, s -> new AgentIntervalStats());
  }

  /** The index of the first pending input later than {@code time} (the size when none is). */
  private int firstPendingAfter(long time) {
    return firstNotIn(pending, i -> i.time <= time);
  }

  private int insertionPoint(AgentInput in) {
    return firstNotIn(inputs, i -> ORDER.compare(i, in) <= 0);
  }

  /** Bisects a list whose head is the inputs that {@code head} accepts. */
  private static int firstNotIn(List<AgentInput> list, Predicate<AgentInput> head) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (head.test(list.get(mid))) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
