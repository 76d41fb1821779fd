package io.callsight.ingest.asterisk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the names Asterisk gives a queue member into one agent id ({@code SIP/1127-0a} → 1127). */
public final class AgentIds {
  private static final Pattern TECHNOLOGY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*/(.*)");
  // Asterisk appends a hex sequence number to a device's name to make a channel name.
  private static final Pattern CHANNEL_SEQUENCE = Pattern.compile("-[0-9A-Fa-f]{4,}$");

  private AgentIds() {}

  /**
   * The agent id for a member interface, channel or name: {@code Agent/1127}, {@code
   * Local/1127@from-queue/n}, {@code SIP/1127-0000001a} and {@code PJSIP/1127-00000001} all give
   * {@code 1127}; a free-text name is kept, trimmed; {@code NONE}, empty or null give null.
   */
  public static String normalise(String member) {
    if (member == null) {
      return null;
    }
    String name = member.trim();
    if (name.isEmpty() || name.equalsIgnoreCase("NONE")) {
      return null;
    }
    Matcher channel = TECHNOLOGY.matcher(name);
    if (!channel.matches()) {
      return name;
    }
    String resource = channel.group(1);
    resource = cutAt(resource, '@');
    resource = cutAt(resource, '/');
    resource = CHANNEL_SEQUENCE.matcher(resource).replaceFirst("").trim();
    return resource.isEmpty() ? null : resource;
  }

  private static String cutAt(String text, char separator) {
    int at = text.indexOf(separator);
    return at < 0 ? text : text.substring(0, at);
  }
}
