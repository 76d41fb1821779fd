package io.callsight.jobs.kpi;

import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rules that turn one call's events into facts: drop duplicates, derive the durations a switch
 * did not report from the call's earlier events, and refuse events whose times cannot be true.
 * Pure; the Flink call tracker keeps the {@link CallProgress} as keyed state.
 */
public final class CallTracking {
  static final String SOURCE = "kpi-job.calls";

  private final long clockToleranceMs;
  private final long retentionMs;
  private final long callTtlMs;

  /**
   * @param clockTolerance how far an event may precede the call's start (switches log whole
   *     seconds, so events of the same second can look reversed)
   * @param retention how long a finished call is remembered, to drop late duplicates
   * @param callTtl how long an unfinished call is kept after its last event before it is given up
   */
  public CallTracking(Duration clockTolerance, Duration retention, Duration callTtl) {
    this.clockToleranceMs = clockTolerance.toMillis();
    this.retentionMs = retention.toMillis();
    this.callTtlMs = callTtl.toMillis();
  }

  /** Starts tracking a call at its QUEUED event. */
  public CallStep start(CallProgress p, CallEvent queued) {
    p.callId = queued.callId();
    p.markSeen(queued.eventId());
    return enterQueue(p, queued);
  }

  /** Applies a later event of a tracked call. */
  public CallStep accept(CallProgress p, CallEvent e) {
    if (p.markSeen(e.eventId())) {
      return CallStep.DUPLICATE;
    }
    long t = e.eventTime();
    if (t < p.queuedAt - clockToleranceMs) {
      return clockWentBackwards(
          e,
          e.type()
              + " at "
              + Instant.ofEpochMilli(t)
              + " is "
              + seconds(p.queuedAt - t)
              + " before the call entered the queue at "
              + Instant.ofEpochMilli(p.queuedAt));
    }
    long before = p.lastEventTime;
    p.lastEventTime = Math.max(p.lastEventTime, t);
    return switch (e.type()) {
      case QUEUED -> enterQueue(p, e);
      case RINGING, RING_CANCELED -> CallStep.NOTHING;
      case RING_NO_ANSWER -> {
        CallFact f = fact(FactKind.RING_NO_ANSWER, p, e);
        f.ringMs = orZero(e.ringMs());
        yield CallStep.of(f);
      }
      case ANSWERED -> answered(p, e, before);
      case HOLD_START -> {
        p.holdStartedAt = t;
        p.holdCount++;
        p.phase = p.phase.then(CallPhase.HELD, t, before);
        yield CallStep.of(fact(FactKind.HOLD_STARTED, p, e));
      }
      case HOLD_END -> holdEnded(p, e, before);
      case ENDED, TRANSFERRED -> talkEnded(p, e, before);
      case ABANDONED, TIMEOUT, EXIT_WITH_KEY, EXIT_EMPTY, WITHDRAWN -> leftQueue(p, e, before);
      case WRAPUP_ENDED -> wrappedUp(p, e, before);
    };
  }

  /**
   * When the tracker should next look at this call: a finished call is forgotten after the
   * retention, an unfinished one is given up after the call TTL.
   */
  public long deadline(CallProgress p) {
    return p.lastEventTime + (p.phase.finished() ? retentionMs : callTtlMs);
  }

  /** Gives up a call at its deadline: a LOST fact and a dead letter if it never finished. */
  public CallStep expire(CallProgress p) {
    if (p.phase.finished()) {
      return CallStep.NOTHING;
    }
    CallFact lost = new CallFact(FactKind.LOST, p.callId, p.queue, p.agentId, p.lastEventTime);
    lost.queuedAt = p.queuedAt;
    String summary =
        "{\"callId\":"
            + Json.toJson(p.callId)
            + ",\"queue\":"
            + Json.toJson(p.queue)
            + ",\"phase\":\""
            + p.phase
            + "\",\"lastEventTime\":"
            + p.lastEventTime
            + "}";
    DeadLetter dl =
        DeadLetter.of(
            SOURCE,
            DeadLetterReason.CALL_NEVER_ENDED,
            "call "
                + p.callId
                + " was still "
                + p.phase.name().toLowerCase().replace('_', ' ')
                + " "
                + Duration.ofMillis(callTtlMs)
                + " after its last event at "
                + Instant.ofEpochMilli(p.lastEventTime)
                + "; it was dropped from the live view",
            summary,
            "call " + p.callId);
    return new CallStep(List.of(lost), dl, false);
  }

  /** The dead letter for an event whose call never started within the grace period. */
  public static DeadLetter unknownCall(CallEvent e, Duration grace) {
    return DeadLetter.of(
        SOURCE,
        DeadLetterReason.UNKNOWN_CALL,
        e.type()
            + " for call "
            + e.callId()
            + " but no QUEUED event for that call was seen"
            + " within "
            + grace
            + " of it",
        Json.toJson(e),
        "call " + e.callId());
  }

  private CallStep enterQueue(CallProgress p, CallEvent e) {
    p.queue = e.queue();
    p.callerId = e.callerId() != null ? e.callerId() : p.callerId;
    p.queuedAt = e.eventTime();
    p.lastEventTime = Math.max(p.lastEventTime, e.eventTime());
    p.phase = CallPhase.WAITING;
    CallFact f = fact(FactKind.OFFERED, p, e);
    f.callerId = p.callerId;
    return CallStep.of(f);
  }

  private CallStep answered(CallProgress p, CallEvent e, long before) {
    long wait = e.waitMs() != null ? e.waitMs() : e.eventTime() - p.queuedAt;
    if (wait < 0) {
      return clockWentBackwards(e, "ANSWERED before the call entered the queue");
    }
    p.agentId = e.agentId();
    p.answeredAt = e.eventTime();
    p.phase = p.phase.then(CallPhase.TALKING, e.eventTime(), before);
    CallFact f = fact(FactKind.ANSWERED, p, e);
    f.waitMs = wait;
    f.ringMs = orZero(e.ringMs());
    return CallStep.of(f);
  }

  private CallStep holdEnded(CallProgress p, CallEvent e, long before) {
    long hold;
    if (e.holdMs() != null) {
      hold = e.holdMs();
    } else if (p.holdStartedAt > 0) {
      hold = e.eventTime() - p.holdStartedAt;
    } else {
      return invalid(e, "HOLD_END has no hold time and the call's HOLD_START was not seen");
    }
    p.holdMs += hold;
    p.holdStartedAt = 0;
    p.phase = p.phase.then(CallPhase.TALKING, e.eventTime(), before);
    CallFact f = fact(FactKind.HOLD_ENDED, p, e);
    f.holdMs = hold;
    return CallStep.of(f);
  }

  private CallStep talkEnded(CallProgress p, CallEvent e, long before) {
    long hold = e.holdMs() != null ? e.holdMs() : p.holdMs;
    long talk;
    if (e.talkMs() != null) {
      talk = e.talkMs();
    } else if (p.answeredAt > 0) {
      talk = e.eventTime() - p.answeredAt - hold;
      if (talk < 0) {
        return clockWentBackwards(e, e.type() + " before the call was answered");
      }
    } else {
      return invalid(e, e.type() + " has no talk time and the call's ANSWERED was not seen");
    }
    if (e.agentId() != null) {
      p.agentId = e.agentId();
    }
    p.talkEndedAt = e.eventTime();
    p.phase = p.phase.then(CallPhase.WRAP_UP, e.eventTime(), before);
    CallFact f = fact(FactKind.HANDLED, p, e);
    f.talkMs = talk;
    f.holdMs = hold;
    f.holdCount = hold > 0 ? Math.max(1, p.holdCount) : p.holdCount;
    f.waitMs = e.waitMs() != null ? e.waitMs() : Math.max(0, p.answeredAt - p.queuedAt);
    f.transferred = e.type() == CallEventType.TRANSFERRED;
    return CallStep.of(f);
  }

  private CallStep leftQueue(CallProgress p, CallEvent e, long before) {
    long wait = e.waitMs() != null ? e.waitMs() : e.eventTime() - p.queuedAt;
    p.phase = p.phase.then(CallPhase.DONE, e.eventTime(), before);
    FactKind kind =
        switch (e.type()) {
          case ABANDONED -> FactKind.ABANDONED;
          case TIMEOUT -> FactKind.TIMED_OUT;
          case EXIT_WITH_KEY -> FactKind.EXITED_WITH_KEY;
          case WITHDRAWN -> FactKind.WITHDRAWN;
          default -> FactKind.EXITED_EMPTY;
        };
    CallFact f = fact(kind, p, e);
    f.waitMs = Math.max(0, wait);
    return CallStep.of(f);
  }

  private CallStep wrappedUp(CallProgress p, CallEvent e, long before) {
    long wrapup;
    if (e.wrapupMs() != null) {
      wrapup = e.wrapupMs();
    } else if (p.talkEndedAt > 0) {
      wrapup = e.eventTime() - p.talkEndedAt;
    } else {
      return invalid(e, "WRAPUP_ENDED has no wrap-up time and the call's talk end was not seen");
    }
    p.phase = p.phase.then(CallPhase.DONE, e.eventTime(), before);
    CallFact f = fact(FactKind.WRAPPED_UP, p, e);
    f.wrapupMs = wrapup;
    f.caseEntered = e.caseEntered();
    return CallStep.of(f);
  }

  private static CallFact fact(FactKind kind, CallProgress p, CallEvent e) {
    String agent = e.agentId() != null ? e.agentId() : p.agentId;
    String queue = e.queue() != null ? e.queue() : p.queue;
    CallFact f = new CallFact(kind, p.callId, queue, agent, e.eventTime());
    f.queuedAt = p.queuedAt;
    return f;
  }

  private static CallStep clockWentBackwards(CallEvent e, String what) {
    return CallStep.rejected(
        DeadLetter.of(
            SOURCE,
            DeadLetterReason.CLOCK_BACKWARDS,
            what
                + " (call "
                + e.callId()
                + "): the switch clock went backwards or the event is"
                + " misdated",
            Json.toJson(e),
            "call " + e.callId()));
  }

  private static CallStep invalid(CallEvent e, String what) {
    return CallStep.rejected(
        DeadLetter.of(
            SOURCE,
            DeadLetterReason.INVALID,
            what + " (call " + e.callId() + ")",
            Json.toJson(e),
            "call " + e.callId()));
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  private static String seconds(long ms) {
    return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
