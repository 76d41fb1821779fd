package io.callsight.ingest.sim;

import io.callsight.schemas.CallEventType;
import io.callsight.schemas.EndedBy;

/**
 * One thing that happened to a simulated call, as the switch saw it: with the caller's raw number
 * (outputs decide whether to hash or print it) and every duration in milliseconds. Durations and
 * positions a switch does not report for this type are {@link #NOT_REPORTED}.
 *
 * @param number the event's ordinal within its call (0 for the first QUEUED), for event ids
 * @param time event time in epoch milliseconds
 * @param queue the queue of the call's current leg (a transferred call re-enters another queue)
 * @param position the caller's place in the queue on entering or leaving it
 * @param originalPosition the place the caller entered the queue at (queue_log reports it often)
 * @param exitKey the key pressed on {@code EXIT_WITH_KEY}, otherwise 0
 */
public record SimulatedCallEvent(
    String callId,
    int number,
    long time,
    CallEventType type,
    String queue,
    String agentId,
    String callerNumber,
    int position,
    int originalPosition,
    long waitMs,
    long ringMs,
    long talkMs,
    long holdMs,
    long wrapupMs,
    EndedBy endedBy,
    String transferTarget,
    String disposition,
    boolean caseEntered,
    char exitKey) {
  public static final int NOT_REPORTED = -1;

  static SimulatedCallEvent queued(Call c, long time, int position) {
    return of(c, c.queue.name, time, CallEventType.QUEUED, null, position, -1, -1, -1, -1);
  }

  static SimulatedCallEvent ringing(Call c, long time, String agent) {
    return of(c, c.queue.name, time, CallEventType.RINGING, agent, -1, -1, -1, -1, -1);
  }

  static SimulatedCallEvent ringNoAnswer(Call c, long time, String agent, long ringMs) {
    return of(c, c.queue.name, time, CallEventType.RING_NO_ANSWER, agent, -1, -1, ringMs, -1, -1);
  }

  static SimulatedCallEvent ringCanceled(Call c, long time, String agent, long ringMs) {
    return of(c, c.queue.name, time, CallEventType.RING_CANCELED, agent, -1, -1, ringMs, -1, -1);
  }

  static SimulatedCallEvent answered(Call c, long time, String agent, long waitMs, long ringMs) {
    return of(c, c.queue.name, time, CallEventType.ANSWERED, agent, -1, waitMs, ringMs, -1, -1);
  }

  static SimulatedCallEvent holdStarted(Call c, long time, String agent) {
    return of(c, c.queue.name, time, CallEventType.HOLD_START, agent, -1, -1, -1, -1, -1);
  }

  static SimulatedCallEvent holdEnded(Call c, long time, String agent, long holdMs) {
    return of(c, c.queue.name, time, CallEventType.HOLD_END, agent, -1, -1, -1, -1, holdMs);
  }

  static SimulatedCallEvent ended(
      Call c, long time, String agent, long waitMs, long talkMs, long holdMs, EndedBy by) {
    return new SimulatedCallEvent(
        c.callId,
        c.nextEventNumber(),
        time,
        CallEventType.ENDED,
        c.queue.name,
        agent,
        c.callerNumber,
        -1,
        c.originalPosition,
        waitMs,
        -1,
        talkMs,
        holdMs,
        -1,
        by,
        null,
        null,
        false,
        (char) 0);
  }

  static SimulatedCallEvent transferred(
      Call c, long time, String agent, long waitMs, long talkMs, long holdMs, String target) {
    return new SimulatedCallEvent(
        c.callId,
        c.nextEventNumber(),
        time,
        CallEventType.TRANSFERRED,
        c.queue.name,
        agent,
        c.callerNumber,
        -1,
        c.originalPosition,
        waitMs,
        -1,
        talkMs,
        holdMs,
        -1,
        null,
        target,
        null,
        false,
        (char) 0);
  }

  /** The caller left the queue unanswered: abandoned, timed out, by key or because it emptied. */
  static SimulatedCallEvent leftQueue(
      Call c, long time, CallEventType type, int position, long waitMs, char key) {
    return new SimulatedCallEvent(
        c.callId,
        c.nextEventNumber(),
        time,
        type,
        c.queue.name,
        null,
        c.callerNumber,
        position,
        c.originalPosition,
        waitMs,
        -1,
        -1,
        -1,
        -1,
        null,
        null,
        null,
        false,
        key);
  }

  /** After-call work ended; {@code queue} is the queue the agent took the call from. */
  static SimulatedCallEvent wrapupEnded(
      Call c,
      String queue,
      long time,
      String agent,
      long wrapupMs,
      String disposition,
      boolean caseEntered) {
    return new SimulatedCallEvent(
        c.callId,
        c.nextEventNumber(),
        time,
        CallEventType.WRAPUP_ENDED,
        queue,
        agent,
        c.callerNumber,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        wrapupMs,
        null,
        null,
        disposition,
        caseEntered,
        (char) 0);
  }

  private static SimulatedCallEvent of(
      Call c,
      String queue,
      long time,
      CallEventType type,
      String agent,
      int position,
      long waitMs,
      long ringMs,
      long talkMs,
      long holdMs) {
    return new SimulatedCallEvent(
        c.callId,
        c.nextEventNumber(),
        time,
        type,
        queue,
        agent,
        c.callerNumber,
        position,
        c.originalPosition,
        waitMs,
        ringMs,
        talkMs,
        holdMs,
        -1,
        null,
        null,
        null,
        false,
        (char) 0);
  }
}
