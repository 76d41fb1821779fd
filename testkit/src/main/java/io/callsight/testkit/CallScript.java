package io.callsight.testkit;

import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.EndedBy;
import io.callsight.schemas.TransferKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one call's canonical events for tests, with times given as seconds after the call was
 * queued: {@code CallScript.inbound("c1", "sales", T0).answer("1127", 12).end(200)}. Durations are
 * filled in as a switch would report them.
 */
public final class CallScript {
  /** The key tests hash caller numbers with. */
  public static final CallerIds CALLER_IDS = CallerIds.withKey("callsight-test-key-0001");

  private final String callId;
  private final String queue;
  private final long queuedAt;
  private final List<CallEvent> events = new ArrayList<>();
  private String callerId;
  private String agentId;
  private Long answeredAt;
  private Long holdStartedAt;
  private long holdTotalMs;
  private Long talkEndedAt;

  private CallScript(String callId, String queue, long queuedAt) {
    this.callId = callId;
    this.queue = queue;
    this.queuedAt = queuedAt;
  }

  /** A call that enters {@code queue} at {@code queuedAt}. */
  public static CallScript inbound(String callId, String queue, Instant queuedAt) {
    return inbound(callId, queue, queuedAt, null);
  }

  /** A call from {@code callerNumber} (hashed as an adapter would) entering the queue. */
  public static CallScript inbound(
      String callId, String queue, Instant queuedAt, String callerNumber) {
    CallScript s = new CallScript(callId, queue, queuedAt.toEpochMilli());
    s.callerId = CALLER_IDS.hash(callerNumber);
    s.add(s.event(CallEventType.QUEUED, 0).position(1));
    return s;
  }

  public CallScript ring(String agent, double atSecond) {
    return add(event(CallEventType.RINGING, atSecond).agentId(agent));
  }

  public CallScript ringNoAnswer(String agent, double atSecond, double ringSeconds) {
    return add(
        event(CallEventType.RING_NO_ANSWER, atSecond).agentId(agent).ringMs(ms(ringSeconds)));
  }

  public CallScript answer(String agent, double atSecond) {
    agentId = agent;
    answeredAt = at(atSecond);
    return add(
        event(CallEventType.ANSWERED, atSecond).agentId(agent).waitMs(answeredAt - queuedAt));
  }

  public CallScript hold(double fromSecond, double toSecond) {
    add(event(CallEventType.HOLD_START, fromSecond).agentId(agentId));
    holdStartedAt = at(fromSecond);
    long holdMs = at(toSecond) - holdStartedAt;
    holdTotalMs += holdMs;
    holdStartedAt = null;
    return add(event(CallEventType.HOLD_END, toSecond).agentId(agentId).holdMs(holdMs));
  }

  /** Talk ends; the talk time runs from the answer, holds excluded (they are reported apart). */
  public CallScript end(double atSecond) {
    return end(atSecond, EndedBy.CALLER);
  }

  public CallScript end(double atSecond, EndedBy by) {
    talkEndedAt = at(atSecond);
    return add(
        event(CallEventType.ENDED, atSecond)
            .agentId(agentId)
            .waitMs(answeredAt - queuedAt)
            .talkMs(talkEndedAt - answeredAt - holdTotalMs)
            .holdMs(holdTotalMs)
            .endedBy(by));
  }

  public CallScript wrapup(double untilSecond, boolean caseEntered) {
    return add(
        event(CallEventType.WRAPUP_ENDED, untilSecond)
            .agentId(agentId)
            .wrapupMs(at(untilSecond) - talkEndedAt)
            .disposition(caseEntered ? "case-entered" : "no-case")
            .caseEntered(caseEntered));
  }

  public CallScript transfer(double atSecond, TransferKind kind, String target) {
    talkEndedAt = at(atSecond);
    return add(
        event(CallEventType.TRANSFERRED, atSecond)
            .agentId(agentId)
            .waitMs(answeredAt - queuedAt)
            .talkMs(talkEndedAt - answeredAt - holdTotalMs)
            .holdMs(holdTotalMs)
            .transferKind(kind)
            .transferTarget(target));
  }

  public CallScript abandon(double atSecond) {
    return add(event(CallEventType.ABANDONED, atSecond).waitMs(at(atSecond) - queuedAt));
  }

  public CallScript timeout(double atSecond) {
    return add(event(CallEventType.TIMEOUT, atSecond).waitMs(at(atSecond) - queuedAt));
  }

  public CallScript exitWithKey(double atSecond) {
    return add(event(CallEventType.EXIT_WITH_KEY, atSecond).waitMs(at(atSecond) - queuedAt));
  }

  public CallScript exitEmpty(double atSecond) {
    return add(event(CallEventType.EXIT_EMPTY, atSecond).waitMs(at(atSecond) - queuedAt));
  }

  /** The events written so far, in the order they happened. */
  public List<CallEvent> events() {
    return List.copyOf(events);
  }

  /** The last event written, e.g. to send it twice. */
  public CallEvent last() {
    return events.get(events.size() - 1);
  }

  private CallEvent.Builder event(CallEventType type, double atSecond) {
    return CallEvent.builder(callId + "#" + events.size(), callId, at(atSecond), type, "test")
        .queue(queue)
        .callerId(callerId);
  }

  private CallScript add(CallEvent.Builder builder) {
    events.add(builder.build());
    return this;
  }

  private long at(double second) {
    return queuedAt + ms(second);
  }

  private static long ms(double seconds) {
    return Math.round(seconds * 1000);
  }
}
