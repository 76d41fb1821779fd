package io.callsight.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who spoke: the agent, the customer, or someone on a mono recording. */
public enum Speaker {
  AGENT("agent"),
  CUSTOMER("customer"),
  /** A mono recording mixes both parties: nobody can say which one spoke. */
  UNKNOWN("unknown");

  private final String json;

  Speaker(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }

  @JsonCreator
  public static Speaker of(String json) {
    return Lowercase.find(Speaker.class, json, Speaker::json);
  }
}
