package io.callsight.schemas;

import java.util.Objects;

/**
 * One canonical event in a call's life, as every switch adapter writes it to {@code call-events}.
 *
 * <p>Type-specific fields are null where they do not apply. Durations that the switch reports are
 * carried as it reports them; where a switch does not report one, the KPI job derives it from the
 * call's earlier events. {@code callerId} is always a keyed hash, never a raw number.
 */
public record CallEvent(
    String eventId,
    String callId,
    long eventTime,
    CallEventType type,
    String queue,
    String agentId,
    String callerId,
    Direction direction,
    Long waitMs,
    Long ringMs,
    Long talkMs,
    Long holdMs,
    Long wrapupMs,
    Integer position,
    EndedBy endedBy,
    TransferKind transferKind,
    String transferTarget,
    String disposition,
    Boolean caseEntered,
    String source) {

  public CallEvent {
    Records.requireText(eventId, "eventId");
    Records.requireText(callId, "callId");
    Objects.requireNonNull(type, "type is required");
    Records.requireText(source, "source");
    if (direction == null) {
      direction = Direction.INBOUND;
    }
    Records.requireEpochMillis(eventTime, "eventTime");
    Records.requireNonNegative(waitMs, "waitMs");
    Records.requireNonNegative(ringMs, "ringMs");
    Records.requireNonNegative(talkMs, "talkMs");
    Records.requireNonNegative(holdMs, "holdMs");
    Records.requireNonNegative(wrapupMs, "wrapupMs");
    if (queue == null && type.needsQueue()) {
      throw new IllegalArgumentException(type + " needs a queue");
    }
    if (agentId == null && type.needsAgent()) {
      throw new IllegalArgumentException(type + " needs an agentId");
    }
    if (callerId != null && !CallerIds.isHashed(callerId)) {
      throw new IllegalArgumentException(
          "callerId must be a caller hash (16 hex digits), never a raw number");
    }
  }

  /** Starts a builder with the fields every call event needs. */
  public static Builder builder(
      String eventId, String callId, long eventTime, CallEventType type, String source) {
    return new Builder(eventId, callId, eventTime, type, source);
  }

  /** A builder seeded from this event, for adapters and the job that fill in derived fields. */
  public Builder toBuilder() {
    return new Builder(eventId, callId, eventTime, type, source)
        .queue(queue)
        .agentId(agentId)
        .callerId(callerId)
        .direction(direction)
        .waitMs(waitMs)
        .ringMs(ringMs)
        .talkMs(talkMs)
        .holdMs(holdMs)
        .wrapupMs(wrapupMs)
        .position(position)
        .endedBy(endedBy)
        .transferKind(transferKind)
        .transferTarget(transferTarget)
        .disposition(disposition)
        .caseEntered(caseEntered);
  }

  /** Fluent builder: most fields are optional and type-specific. */
  public static final class Builder {
    private String eventId;
    private String callId;
    private long eventTime;
    private CallEventType type;
    private final String source;
    private String queue;
    private String agentId;
    private String callerId;
    private Direction direction = Direction.INBOUND;
    private Long waitMs;
    private Long ringMs;
    private Long talkMs;
    private Long holdMs;
    private Long wrapupMs;
    private Integer position;
    private EndedBy endedBy;
    private TransferKind transferKind;
    private String transferTarget;
    private String disposition;
    private Boolean caseEntered;

    private Builder(
        String eventId, String callId, long eventTime, CallEventType type, String source) {
      this.eventId = eventId;
      this.callId = callId;
      this.eventTime = eventTime;
      this.type = type;
      this.source = source;
    }

    public Builder eventId(String v) {
      eventId = v;
      return this;
    }

    public Builder callId(String v) {
      callId = v;
      return this;
    }

    public Builder eventTime(long v) {
      eventTime = v;
      return this;
    }

    public Builder type(CallEventType v) {
      type = v;
      return this;
    }

    public Builder queue(String v) {
      queue = v;
      return this;
    }

    public Builder agentId(String v) {
      agentId = v;
      return this;
    }

    public Builder callerId(String v) {
      callerId = v;
      return this;
    }

    public Builder direction(Direction v) {
      direction = v;
      return this;
    }

    public Builder waitMs(Long v) {
      waitMs = v;
      return this;
    }

    public Builder ringMs(Long v) {
      ringMs = v;
      return this;
    }

    public Builder talkMs(Long v) {
      talkMs = v;
      return this;
    }

    public Builder holdMs(Long v) {
      holdMs = v;
      return this;
    }

    public Builder wrapupMs(Long v) {
      wrapupMs = v;
      return this;
    }

    public Builder position(Integer v) {
      position = v;
      return this;
    }

    public Builder endedBy(EndedBy v) {
      endedBy = v;
      return this;
    }

    public Builder transferKind(TransferKind v) {
      transferKind = v;
      return this;
    }

    public Builder transferTarget(String v) {
      transferTarget = v;
      return this;
    }

    public Builder disposition(String v) {
      disposition = v;
      return this;
    }

    public Builder caseEntered(Boolean v) {
      caseEntered = v;
      return this;
    }

    public CallEvent build() {
      return new CallEvent(
          eventId,
          callId,
          eventTime,
          type,
          queue,
          agentId,
          callerId,
          direction,
          waitMs,
          ringMs,
          talkMs,
          holdMs,
          wrapupMs,
          position,
          endedBy,
          transferKind,
          transferTarget,
          disposition,
          caseEntered,
          source);
    }
  }
}
