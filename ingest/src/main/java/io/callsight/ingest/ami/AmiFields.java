package io.callsight.ingest.ami;

import io.callsight.ingest.asterisk.AgentIds;
import io.callsight.schemas.DeadLetterReason;
import org.asteriskjava.manager.event.ManagerEvent;

/** Reads AMI event fields the same way everywhere: blank is absent, seconds become milliseconds. */
final class AmiFields {
  private AmiFields() {}

  /**
   * The switch time of an event: its {@code Timestamp} header (sent when manager.conf has {@code
   * timestampevents = yes}), else the time it was received.
   */
  static long eventTime(ManagerEvent event, long receivedAt) {
    Double timestamp = event.getTimestamp();
    return timestamp == null || timestamp <= 0 ? receivedAt : Math.round(timestamp * 1000);
  }

  /** The AMI event name, e.g. {@code QueueCallerJoin}. */
  static String name(ManagerEvent event) {
    String name = event.getClass().getSimpleName();
    return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
  }

  static String text(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  static String first(String... values) {
    for (String value : values) {
      String text = text(value);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  static Long millis(Number seconds) {
    return seconds == null ? null : seconds.longValue() * 1000;
  }

  static String require(ManagerEvent event, String value, String header) {
    String text = text(value);
    if (text == null) {
      throw new Unmappable(DeadLetterReason.INVALID, name(event) + " has no " + header);
    }
    return text;
  }

  /** The agent a member event names, from its interface or else its member name. */
  static String agent(ManagerEvent event, String memberInterface, String memberName) {
    String agent = AgentIds.normalise(memberInterface);
    if (agent == null) {
      agent = AgentIds.normalise(memberName);
    }
    if (agent == null) {
      throw new Unmappable(
          DeadLetterReason.INVALID,
          name(event) + " names no queue member (Interface and MemberName are empty)");
    }
    return agent;
  }
}
