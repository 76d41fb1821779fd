package io.callsight.ingest.ami;

import io.callsight.schemas.CallerIds;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import java.time.Duration;
import java.util.Objects;
import org.asteriskjava.manager.event.ManagerEvent;

/**
 * Turns asterisk-java's manager events into canonical call and agent events, remembering the little
 * each queue call needs (queue, hashed caller, join and answer times, agent, holds) until it ends.
 *
 * <p>Event times are the switch's {@code Timestamp} header where manager.conf has {@code
 * timestampevents = yes}, else the time the event was received. Calls with no event for the call
 * time-to-live are forgotten and dead-lettered, so a missed hang-up never leaks memory. Not
 * thread-safe: one caller at a time.
 */
public final class AmiEventMapper {
  /** The {@code source} of every event and dead letter this adapter writes. */
  public static final String SOURCE = "asterisk-ami";

  private final String location;
  private final Duration callTtl;
  private final Duration exitReasonWait;
  private final QueueCalls calls = new QueueCalls();
  private final QueueCallMapper callMapper;
  private final TalkMapper talkMapper = new TalkMapper(calls);
  private final QueueMemberMapper memberMapper = new QueueMemberMapper();

  /**
   * @param location where the events come from, for dead letters (e.g. {@code ami://pbx1:5038})
   * @param callTtl how long a call may go without any event before it is forgotten
   * @param exitReasonWait how long to wait, after a caller left a queue unanswered, for the event
   *     that says why (an answer, QUEUESTATUS or a hang-up) before deciding without it
   */
  public AmiEventMapper(
      CallerIds callerIds, String location, Duration callTtl, Duration exitReasonWait) {
    this.callMapper = new QueueCallMapper(Objects.requireNonNull(callerIds), calls);
    this.location = Objects.requireNonNull(location);
    this.callTtl = requirePositive(callTtl, "callTtl");
    this.exitReasonWait = requirePositive(exitReasonWait, "exitReasonWait");
  }

  /** What one AMI event gives; a dead letter for an event that cannot be mapped, never a throw. */
  public AmiMapping map(ManagerEvent event, long receivedAt) {
    try {
      AmiMapping out = memberMapper.map(event, receivedAt);
      if (out.isEmpty()) {
        out = callMapper.map(event, receivedAt);
      }
      return out.isEmpty() ? talkMapper.map(event, receivedAt) : out;
    } catch (Unmappable e) {
      return AmiMapping.of(deadLetter(e.code(), e.getMessage(), event.toString()));
    } catch (RuntimeException e) {
      String reason = "could not map " + AmiFields.name(event) + ": " + e.getMessage();
      return AmiMapping.of(deadLetter(DeadLetterReason.INVALID, reason, event.toString()));
    }
  }

  /**
   * Does what is due at {@code now}: decides unanswered exits whose reason never came, and forgets
   * (and dead-letters) calls idle for longer than the call time-to-live.
   */
  public AmiMapping expire(long now) {
    AmiMapping out = callMapper.settleExitsNoticedBefore(now - exitReasonWait.toMillis());
    for (QueueCall call : callMapper.evictIdleSince(now - callTtl.toMillis())) {
      String reason =
          "no AMI event for call "
              + call.callId
              + " for "
              + callTtl
              + ": forgotten without an end (missed while disconnected, or hung up unseen?)";
      out =
          out.plus(
              AmiMapping.of(
                  deadLetter(DeadLetterReason.CALL_NEVER_ENDED, reason, call.toString())));
    }
    return out;
  }

  /** How many calls the mapper is following now. */
  public int trackedCalls() {
    return calls.size();
  }

  private DeadLetter deadLetter(DeadLetterReason code, String reason, String payload) {
    return DeadLetter.of(SOURCE, code, reason, payload, location);
  }

  private static Duration requirePositive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }
}
