package io.callsight.ingest.asterisk;

import io.callsight.schemas.CallerIds;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Parses one Asterisk queue_log line (any version from 1.4 to 22) into canonical call and agent
 * events; lines it cannot use become dead letters saying why. Pure and serializable, so a Flink
 * operator can hold one.
 */
public final class QueueLogParser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The {@code source} of every event and dead letter this adapter writes. */
  public static final String SOURCE = "asterisk-queue-log";

  private final String callerHashKey;
  private transient CallerIds callerIds;

  /**
   * @param callerHashKey the secret caller numbers are hashed with (at least 16 bytes)
   */
  public QueueLogParser(String callerHashKey) {
    this.callerIds = CallerIds.withKey(callerHashKey);
    this.callerHashKey = callerHashKey;
  }

  /**
   * Parses a line; never throws for bad input.
   *
   * @param line the line, with or without its line end
   * @param location where it came from, e.g. {@code queue_log:17}, for dead letters
   */
  public ParsedLine parse(String line, String location) {
    String text = withoutLineEnd(line);
    if (text.isBlank()) {
      return ParsedLine.BLANK;
    }
    long eventTime = 0;
    try {
      QueueLogLine fields = QueueLogLine.split(text);
      eventTime = fields.eventTimeMillis();
      Optional<QueueLogEvent> event = QueueLogEvent.named(fields.event());
      if (event.isEmpty()) {
        return ParsedLine.deadLetter(
            eventTime,
            deadLetter(
                DeadLetterReason.UNKNOWN_EVENT,
                "event \""
                    + fields.event()
                    + "\" is not a standard Asterisk queue_log event (written by the dialplan or"
                    + " a PBX add-on)",
                text,
                location));
      }
      return map(event.get(), fields, eventId(text), eventTime);
    } catch (MalformedLineException e) {
      return ParsedLine.deadLetter(
          eventTime, deadLetter(DeadLetterReason.MALFORMED, e.getMessage(), text, location));
    } catch (IllegalArgumentException e) {
      return ParsedLine.deadLetter(
          eventTime, deadLetter(DeadLetterReason.INVALID, e.getMessage(), text, location));
    }
  }

  private ParsedLine map(QueueLogEvent event, QueueLogLine line, String eventId, long eventTime)
      throws MalformedLineException {
    return switch (event) {
      case ENTERQUEUE,
          RINGNOANSWER,
          RINGCANCELED,
          CONNECT,
          COMPLETECALLER,
          COMPLETEAGENT,
          ABANDON,
          EXITWITHTIMEOUT,
          EXITWITHKEY,
          EXITEMPTY,
          WITHDRAW,
          TRANSFER,
          BLINDTRANSFER,
          ATTENDEDTRANSFER ->
          ParsedLine.calls(
              eventTime, CallEventMapping.map(event, line, eventId, eventTime, callerIds()));
      case AGENTLOGIN,
          AGENTCALLBACKLOGIN,
          AGENTLOGOFF,
          AGENTCALLBACKLOGOFF,
          ADDMEMBER,
          REMOVEMEMBER,
          PAUSE,
          UNPAUSE,
          PAUSEALL,
          UNPAUSEALL ->
          ParsedLine.agents(eventTime, AgentEventMapping.map(event, line, eventId, eventTime));
      case QUEUESTART, CONFIGRELOAD, SYSCOMPAT, AGENTDUMP, DID, INFO, PENALTY, RINGINUSE, OUTCALL ->
          ParsedLine.ignored(eventTime);
    };
  }

  /**
   * The same line always gets the same id, so a file read twice (a restart, a re-run) gives events
   * that the KPI job de-duplicates.
   */
  static String eventId(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "ql-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static DeadLetter deadLetter(
      DeadLetterReason code, String reason, String text, String location) {
    return DeadLetter.of(SOURCE, code, reason, text, location);
  }

  private CallerIds callerIds() {
    if (callerIds == null) {
      callerIds = CallerIds.withKey(callerHashKey);
    }
    return callerIds;
  }

  private static String withoutLineEnd(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }
}
