package io.callsight.druid;

/** A Druid request that did not give an answer, classified so callers can say what to do. */
public final class DruidException extends RuntimeException {
  /** What went wrong, from the user's point of view. */
  public enum Kind {
    /** Druid refused the request as written: bad SQL, a spec it cannot read. */
    REJECTED,
    /** Druid is not there, not ready, or too busy. */
    UNAVAILABLE,
    /** The request ran out of time. */
    TIMEOUT,
    /** Anything else: a server error, a cut-off answer. */
    FAILED
  }

  private final Kind kind;
  private final String hint;

  public DruidException(Kind kind, String message, String hint, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.hint = hint;
  }

  public Kind kind() {
    return kind;
  }

  /** What the user can do about it, or null when there is nothing to add. */
  public String hint() {
    return hint;
  }
}
