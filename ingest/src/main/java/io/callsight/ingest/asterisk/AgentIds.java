package io.callsight.ingest.asterisk;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the member and agent names Asterisk writes ({@code Agent/1127}, …) into one agent id. */
public final class AgentIds {
  /** Technologies whose channel names end in a per-call suffix such as {@code -0000001a}. */
  private static final Set<String> CHANNEL_TECHNOLOGIES = Set.of("SIP", "PJSIP", "IAX2", "DAHDI");

  private static final Pattern TECHNOLOGY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern CHANNEL_SUFFIX = Pattern.compile("-[0-9A-Fa-f]+$");

  private AgentIds() {}

  /**
   * The agent id for a member or agent string: the technology prefix, {@code @context}, {@code /n}
   * and channel suffix removed ({@code Local/1127@callback-agent/n} → {@code 1127}); a free-text
   * member name is kept, trimmed; null for {@code NONE} or nothing.
   */
  public static String normalise(String member) {
    if (member == null) {
      return null;
    }
    String trimmed = member.trim();
    if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("NONE")) {
      return null;
    }
    int slash = trimmed.indexOf('/');
    if (slash <= 0 || !TECHNOLOGY.matcher(trimmed.substring(0, slash)).matches()) {
      return trimmed;
    }
    String technology = trimmed.substring(0, slash).toUpperCase(Locale.ROOT);
    String resource = cutAt(cutAt(trimmed.substring(slash + 1), '@'), '/');
    if (CHANNEL_TECHNOLOGIES.contains(technology)) {
      resource = CHANNEL_SUFFIX.matcher(resource).replaceFirst("");
    }
    return resource.isBlank() ? null : resource.trim();
  }

  private static String cutAt(String value, char separator) {
    int at = value.indexOf(separator);
    return at < 0 ? value : value.substring(0, at);
  }
}
