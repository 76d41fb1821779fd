package io.callsight.jobs.kpi;

/**
 * One step of a call with every duration known, as the call tracker hands it to the queue and agent
 * books. Facts are additive: the books may see them in any order.
 *
 * <p>A mutable POJO (public fields, no-arg constructor) so Flink serialises it without Kryo.
 */
public final class CallFact {
  public FactKind kind;
  public String callId;
  public String queue;
  public String agentId;
  public String callerId;
  public long eventTime;

  /** Time waited in the queue: ANSWERED and the unanswered exits. */
  public long waitMs;

  public long ringMs;

  /** HANDLED: talk time without holds. */
  public long talkMs;

  /** HOLD_ENDED: this hold; HANDLED: all holds of the call. */
  public long holdMs;

  /** HANDLED: how many times the call was held. */
  public int holdCount;

  public long wrapupMs;
  public boolean transferred;

  /** WRAPPED_UP: whether the switch reported it and whether a case was entered. */
  public Boolean caseEntered;

  /** When the call first entered a queue, for the wall-board's waiting list. */
  public long queuedAt;

  public CallFact() {}

  public CallFact(FactKind kind, String callId, String queue, String agentId, long eventTime) {
    this.kind = kind;
    this.callId = callId;
    this.queue = queue;
    this.agentId = agentId;
    this.eventTime = eventTime;
  }

  @Override
  public String toString() {
    return kind
        + "{call="
        + callId
        + ", queue="
        + queue
        + ", agent="
        + agentId
        + ", t="
        + eventTime
        + ", wait="
        + waitMs
        + ", talk="
        + talkMs
        + ", hold="
        + holdMs
        + "x"
        + holdCount
        + ", wrapup="
        + wrapupMs
        + (transferred ? ", transferred" : "")
        + "}";
  }
}
