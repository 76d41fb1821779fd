package io.callsight.schemas;

/** What happened to a call, in the switch-neutral words every adapter maps to. */
public enum CallEventType {
  /** The call entered a queue (offered to the queue). */
  QUEUED,
  /** The call is ringing an agent. */
  RINGING,
  /** An agent was rung and did not answer within the ring timeout. */
  RING_NO_ANSWER,
  /** Ringing an agent stopped because the call was answered elsewhere or left the queue. */
  RING_CANCELED,
  /** An agent answered; carries the time the caller waited. */
  ANSWERED,
  HOLD_START,
  /** Carries the duration of this hold. */
  HOLD_END,
  /** The agent transferred the call away; ends the agent's talk. */
  TRANSFERRED,
  /** The caller hung up while waiting in the queue. */
  ABANDONED,
  /** The call left the queue because its maximum wait ran out. */
  TIMEOUT,
  /** The caller left the queue by pressing a key. */
  EXIT_WITH_KEY,
  /** The call left the queue because no agent could take it. */
  EXIT_EMPTY,
  /** An application took the caller out of the queue (Asterisk's QueueWithdrawCaller). */
  WITHDRAWN,
  /** Talk ended; carries the talk time. */
  ENDED,
  /**
   * After-call work ended; carries its duration, the disposition and whether a case was entered.
   */
  WRAPUP_ENDED;

  /** Whether this event opens a call's history (nothing before it is needed to understand it). */
  public boolean startsCall() {
    return this == QUEUED;
  }

  /** Whether the event is about the call's place in a queue, so it must name the queue. */
  public boolean needsQueue() {
    return this == QUEUED || this == ANSWERED || leavesQueueUnanswered();
  }

  /** Whether the event is about one agent, so it must name the agent. */
  public boolean needsAgent() {
    return this == RINGING || this == RING_NO_ANSWER || this == RING_CANCELED || this == ANSWERED;
  }

  /** Whether the call left the queue without being answered. */
  public boolean leavesQueueUnanswered() {
    return this == ABANDONED
        || this == TIMEOUT
        || this == EXIT_WITH_KEY
        || this == EXIT_EMPTY
        || this == WITHDRAWN;
  }
}
