package io.callsight.quality.rules;

import io.callsight.quality.Speaker;

/** Whose turns a rule looks at. */
public enum Party {
  AGENT,
  CUSTOMER,
  ANY;

  /**
   * Whether a turn counts. A turn of unknown speaker (a mono recording) counts when a rule looks
   * for something said ({@code lenient}), never when it looks for something forbidden: the agent is
   * not failed for words that may have been the customer's.
   */
  public boolean accepts(Speaker speaker, boolean lenient) {
    return switch (this) {
      case ANY -> true;
      case AGENT -> speaker == Speaker.AGENT || (lenient && speaker == Speaker.UNKNOWN);
      case CUSTOMER -> speaker == Speaker.CUSTOMER || (lenient && speaker == Speaker.UNKNOWN);
    };
  }
}
