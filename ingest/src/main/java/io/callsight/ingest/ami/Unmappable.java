package io.callsight.ingest.ami;

import io.callsight.schemas.DeadLetterReason;

/** Thrown while mapping an AMI event that cannot become a canonical event; it is dead-lettered. */
final class Unmappable extends RuntimeException {
  private final DeadLetterReason code;

  Unmappable(DeadLetterReason code, String reason) {
    super(reason, null, false, false);
    this.code = code;
  }

  DeadLetterReason code() {
    return code;
  }
}
