package io.callsight.jobs.kpi;

import io.callsight.schemas.QueueKpi;
import java.util.Arrays;

/**
 * The running totals of one queue over one interval, fed with call facts in any order. Counts and
 * totals are sums, so late facts simply add; {@link #toRow} derives the ratios.
 *
 * <p>A mutable POJO (public fields) so Flink keeps it as state without Kryo.
 */
public final class QueueIntervalStats {
  public long offered;
  public long answered;
  public long abandoned;
  public long shortAbandoned;
  public long timedOut;
  public long exitedWithKey;
  public long exitedEmpty;
  public long withdrawn;
  public long answeredWithinThreshold;
  public long abandonedWithinThreshold;
  public long answeredWaitMs;
  public long abandonedWaitMs;
  public long maxWaitMs = -1;
  public long handled;
  public long talkMs;
  public long holdMs;
  public long afterCallWorkMs;
  public long transferred;
  public long held;
  public long holds;
  public long repeatCallers;
  public long ringNoAnswer;

  /** Waits of answered calls, for the percentiles; the first {@code waitCount} are used. */
  public long[] answeredWaits = new long[8];

  public int waitCount;
  public long firstEventTime = Long.MAX_VALUE;
  public long lastEventTime = Long.MIN_VALUE;

  public QueueIntervalStats() {}

  /** Adds one fact, classified against the queue's thresholds; false when it counts nothing. */
  public boolean add(CallFact f, QueueTargets targets) {
    long t = targets.slThreshold().toMillis();
    switch (f.kind) {
      case OFFERED -> offered++;
      case REPEAT_CALL -> repeatCallers++;
      case RING_NO_ANSWER -> ringNoAnswer++;
      case ANSWERED -> {
        answered++;
        answeredWaitMs += f.waitMs;
        if (f.waitMs <= t) {
          answeredWithinThreshold++;
        }
        recordWait(f.waitMs);
        maxWaitMs = Math.max(maxWaitMs, f.waitMs);
      }
      case ABANDONED -> {
        if (f.waitMs <= targets.shortAbandon().toMillis()) {
          shortAbandoned++;
        } else {
          abandoned++;
          abandonedWaitMs += f.waitMs;
          if (f.waitMs <= t) {
            abandonedWithinThreshold++;
          }
        }
        maxWaitMs = Math.max(maxWaitMs, f.waitMs);
      }
      case TIMED_OUT, EXITED_WITH_KEY, EXITED_EMPTY, WITHDRAWN -> {
        switch (f.kind) {
          case TIMED_OUT -> timedOut++;
          case EXITED_WITH_KEY -> exitedWithKey++;
          case EXITED_EMPTY -> exitedEmpty++;
          default -> withdrawn++;
        }
        maxWaitMs = Math.max(maxWaitMs, f.waitMs);
      }
      case HANDLED -> {
        handled++;
        talkMs += f.talkMs;
        holdMs += f.holdMs;
        holds += f.holdCount;
        if (f.holdCount > 0) {
          held++;
        }
        if (f.transferred) {
          transferred++;
        }
      }
      case WRAPPED_UP -> afterCallWorkMs += f.wrapupMs;
      case HOLD_STARTED, HOLD_ENDED, LOST -> {
        // Holds are counted once per call from HANDLED; a lost call decided nothing.
        return false;
      }
    }
    firstEventTime = Math.min(firstEventTime, f.eventTime);
    lastEventTime = Math.max(lastEventTime, f.eventTime);
    return true;
  }

  /** Whether any fact counted here. */
  public boolean isEmpty() {
    return firstEventTime == Long.MAX_VALUE;
  }

  private void recordWait(long waitMs) {
    if (waitCount == answeredWaits.length) {
      answeredWaits = Arrays.copyOf(answeredWaits, waitCount * 2);
    }
    answeredWaits[waitCount++] = waitMs;
  }

  /** The service level by the queue's formula, or null when no call decided it. */
  public Double serviceLevel(QueueTargets targets) {
    return targets
        .slFormula()
        .apply(offered, answered, answeredWithinThreshold, abandoned, abandonedWithinThreshold);
  }

  public Double asaSeconds() {
    return ratio(answeredWaitMs / 1000.0, answered);
  }

  /**
   * Abandoned (not short) over offered less short abandons. Calls count in the interval where each
   * step happened, so a quiet interval after a busy one can see more abandons than offers: capped
   * at 1.
   */
  public Double abandonRate() {
    return fraction(abandoned, offered - shortAbandoned);
  }

  /** Average handle time: (talk + hold + after-call work) / handled. */
  public Double ahtSeconds() {
    return ratio((talkMs + holdMs + afterCallWorkMs) / 1000.0, handled);
  }

  /** The row for this interval. */
  public QueueKpi toRow(
      String queue,
      String intervalStart,
      String intervalEnd,
      int revision,
      QueueTargets targets,
      long emittedAt) {
    Long p50 = Percentiles.nearestRank(answeredWaits, waitCount, 0.5);
    Long p90 = Percentiles.nearestRank(answeredWaits, waitCount, 0.9);
    return new QueueKpi(
        queue,
        intervalStart,
        intervalEnd,
        revision,
        targets.slThresholdSeconds(),
        targets.slFormula(),
        offered,
        answered,
        abandoned,
        shortAbandoned,
        timedOut,
        exitedWithKey,
        exitedEmpty,
        withdrawn,
        answeredWithinThreshold,
        abandonedWithinThreshold,
        serviceLevel(targets),
        answeredWaitMs / 1000.0,
        asaSeconds(),
        p50 == null ? null : p50 / 1000.0,
        p90 == null ? null : p90 / 1000.0,
        maxWaitMs < 0 ? null : maxWaitMs / 1000.0,
        abandonedWaitMs / 1000.0,
        handled,
        talkMs / 1000.0,
        holdMs / 1000.0,
        afterCallWorkMs / 1000.0,
        ratio(talkMs / 1000.0, handled),
        ratio(holdMs / 1000.0, held),
        ratio(afterCallWorkMs / 1000.0, handled),
        ahtSeconds(),
        abandonRate(),
        transferred,
        fraction(transferred, handled),
        held,
        holds,
        fraction(held, handled),
        repeatCallers,
        fraction(repeatCallers, offered),
        ringNoAnswer,
        emittedAt);
  }

  private static Double ratio(double numerator, long denominator) {
    return denominator <= 0 ? null : numerator / denominator;
  }

  /** A ratio that is a share of its denominator, capped at 1 against late-data skew. */
  private static Double fraction(long numerator, long denominator) {
    return denominator <= 0 ? null : Math.min(1.0, (double) numerator / denominator);
  }
}
