package io.callsight.schemas;

/** A payload that is not a valid record of its topic; the message says which field and why. */
public class InvalidRecordException extends Exception {
  private final DeadLetterReason reason;

  public InvalidRecordException(DeadLetterReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public DeadLetterReason reason() {
    return reason;
  }
}
