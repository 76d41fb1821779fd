package io.callsight.schemas;

/** Why a record was set aside on {@code dead-letters} instead of being processed. */
public enum DeadLetterReason {
  /** The bytes or line could not be parsed at all. */
  MALFORMED,
  /** Parsed, but it is an event type CallSight does not know (e.g. vendor-specific OUTDIAL). */
  UNKNOWN_EVENT,
  /** Parsed, but a field is missing or out of range. */
  INVALID,
  /** An event for a call whose start was never seen. */
  UNKNOWN_CALL,
  /** An event whose time is before an earlier event of the same call or source. */
  CLOCK_BACKWARDS,
  /** Later than the allowed lateness: its interval was already final. */
  TOO_LATE,
  /** A call that never finished within the call time-to-live. */
  CALL_NEVER_ENDED,
  /** A recording that cannot be read, decoded or transcribed (corrupt, truncated, unsupported). */
  BAD_AUDIO
}
