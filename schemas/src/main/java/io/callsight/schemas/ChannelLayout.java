package io.callsight.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which channel of a recording carries which party; a mono recording carries both, unknown. */
public enum ChannelLayout {
  /** Stereo, the agent on the left channel (the first), the customer on the right. */
  AGENT_LEFT("agent-left"),
  /** Stereo, the agent on the right channel (the second), the customer on the left. */
  AGENT_RIGHT("agent-right"),
  /** One channel with both parties mixed: transcribed as one unknown speaker. */
  MONO("mono");

  private final String json;

  ChannelLayout(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }

  @JsonCreator
  public static ChannelLayout of(String json) {
    return Lowercase.find(ChannelLayout.class, json, ChannelLayout::json);
  }

  /** The speaker on channel {@code channel} (0 = left) of a recording with this layout. */
  public Speaker speakerOf(int channel) {
    return switch (this) {
      case MONO -> Speaker.UNKNOWN;
      case AGENT_LEFT -> channel == 0 ? Speaker.AGENT : Speaker.CUSTOMER;
      case AGENT_RIGHT -> channel == 0 ? Speaker.CUSTOMER : Speaker.AGENT;
    };
  }
}
