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
    KnownCall c =
        new KnownCall(
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
            finished || e.type().leavesQueueUnanswered());
    return switch (e.type()) {
      case ANSWERED ->
          new KnownCall(
              c.start,
              e.agentId(),
              c.queue,
              c.direction,
              e.ringMs(),
              e.waitMs(),
              c.holds,
              c.holdMs,
              c.transferred != null ? c.transferred : false,
              c.disposition,
              c.finished);
      case HOLD_START ->
          new KnownCall(
              c.start,
              c.agentId,
              c.queue,
              c.direction,
              c.ringMs,
              c.waitMs,
              c.holds + 1,
              c.holdMs,
              c.transferred,
              c.disposition,
              c.finished);
      case HOLD_END ->
          new KnownCall(
              c.start,
              c.agentId,
              c.queue,
              c.direction,
              c.ringMs,
              c.waitMs,
              c.holds,
              c.holdMs + (e.holdMs() == null ? 0 : e.holdMs()),
              c.transferred,
              c.disposition,
              c.finished);
      case TRANSFERRED ->
          new KnownCall(
              c.start,
              c.agentId != null ? c.agentId : e.agentId(),
              c.queue,
              c.direction,
              c.ringMs,
              c.waitMs,
              c.holds,
              c.holdMs,
              true,
              c.disposition,
              c.finished);
      case WRAPUP_ENDED ->
          new KnownCall(
              c.start,
              c.agentId != null ? c.agentId : e.agentId(),
              c.queue,
              c.direction,
              c.ringMs,
              c.waitMs,
              c.holds,
              c.holdMs,
              c.transferred,
              e.disposition(),
              true);
      default -> c;
    };
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
