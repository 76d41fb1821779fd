package io.callsight.ingest.recordings;

import io.callsight.speech.RecordingFiles;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the call a recording belongs to in its file name, with a regular expression whose named
 * group {@code callId} is the switch's call id; groups {@code queue} and {@code agentId} are taken
 * when the pattern has them. The default finds an Asterisk unique id (1543601975.123) anywhere in
 * the name, as MixMonitor names files by default ({@code ${UNIQUEID}.wav}) and in most dialplans.
 */
public final class RecordingNames {
  public static final String DEFAULT_PATTERN = "(?<callId>[0-9]{9,}\\.[0-9]+)";

  private final Pattern pattern;
  private final boolean hasQueue;
  private final boolean hasAgent;

  private RecordingNames(Pattern pattern) {
    this.pattern = pattern;
    this.hasQueue = pattern.pattern().contains("(?<queue>");
    this.hasAgent = pattern.pattern().contains("(?<agentId>");
  }

  /**
   * @throws IllegalArgumentException when the expression is invalid or has no {@code callId} group
   */
  public static RecordingNames of(String regex) {
    Pattern p;
    try {
      p = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "the recording name pattern '"
              + regex
              + "' is not a valid regular expression: "
              + e.getDescription(),
          e);
    }
    if (!regex.contains("(?<callId>")) {
      throw new IllegalArgumentException(
          "the recording name pattern '"
              + regex
              + "' needs a named group (?<callId>...) for the call id, e.g. "
              + DEFAULT_PATTERN);
    }
    return new RecordingNames(p);
  }

  /** Who the file belongs to, or empty when its name does not match. */
  public Optional<RecordingFiles.Owner> owner(String fileName) {
    Matcher m = pattern.matcher(fileName);
    if (!m.find() || m.group("callId") == null || m.group("callId").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RecordingFiles.Owner(
            m.group("callId"),
            hasQueue ? m.group("queue") : null,
            hasAgent ? m.group("agentId") : null));
  }

  public String pattern() {
    return pattern.pattern();
  }
}
