package io.callsight.jobs.quality;

import io.callsight.quality.CallFacts;
import io.callsight.quality.score.ScoreRows;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.Direction;

/**
 * What a call's switch events have said so far, folded one event at a time, for the rules that
 * judge call facts and for the rows' agent and queue. Immutable: state keeps the latest.
 *
 * @param start the first event's time (epoch ms)
 * @param finished the call's wrap-up ended, or it left the queue unanswered: nothing more to wait
 *     for
 */
public record KnownCall(
    long start,
    String agentId,
    String queue,
    Direction direction,
    Long ringMs,
    Long waitMs,
    int holds,
    long holdMs,
    Boolean transferred,
    String disposition,
    boolean finished) {

  /** The call after its first event. */
  public static KnownCall of(CallEvent e) {
    return new KnownCall(
            e.eventTime(), null, null, e.direction(), null, null, 0, 0, null, null, false)
        .with(e);
  }

  /** The call after one more event (in any order: the earliest time is its start). */
  public KnownCall with(CallEvent e) {
    String agentId = this.agentId;
    Long ringMs = this.ringMs;
    Long waitMs = this.waitMs;
    int holds = this.holds;
    long holdMs = this.holdMs;
    Boolean transferred = this.transferred;
    String disposition = this.disposition;
    boolean finished = this.finished || e.type().leavesQueueUnanswered();
    switch (e.type()) {
      case ANSWERED -> {
        agentId = e.agentId();
        ringMs = e.ringMs();
        waitMs = e.waitMs();
        if (transferred == null) {
          transferred = false;
        }
      }
      case HOLD_START -> holds++;
      case HOLD_END -> holdMs += e.holdMs() == null ? 0 : e.holdMs();
      case TRANSFERRED -> {
        agentId = agentId != null ? agentId : e.agentId();
        transferred = true;
      }
      case WRAPUP_ENDED -> {
        agentId = agentId != null ? agentId : e.agentId();
        disposition = e.disposition();
        finished = true;
      }
      default -> {}
    }
    return new KnownCall(
        Math.min(start, e.eventTime()),
        agentId,
        queue != null ? queue : e.queue(),
        direction != null ? direction : e.direction(),
        ringMs,
        waitMs,
        holds,
        holdMs,
        transferred,
        disposition,
        finished);
  }

  /** The facts the rules judge. */
  public CallFacts facts() {
    return new CallFacts(
        agentId, direction, ringMs, waitMs, holds, holdMs, transferred, disposition);
  }

  /** Where and when the call happened, for the rows. */
  public ScoreRows.CallContext context() {
    return new ScoreRows.CallContext(facts(), queue, start);
  }
}
