package io.callsight.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who spoke a turn: the agent, the customer, or unknown when the recording was not split. */
public enum Speaker {
  AGENT,
  CUSTOMER,
  UNKNOWN;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The speaker named agent, customer or unknown (any case). */
  public static Speaker of(String code) {
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown speaker '" + code + "': expected agent, customer or unknown");
    }
  }
}
