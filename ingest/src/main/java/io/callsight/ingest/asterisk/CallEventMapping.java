package io.callsight.ingest.asterisk;

import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.EndedBy;
import io.callsight.schemas.TransferKind;
import java.util.List;

/**
 * Maps the queue_log events of one call's life to canonical call events. Fields that some Asterisk
 * versions do not write are left null: ring time on CONNECT and origposition before 1.6, position
 * on ENTERQUEUE before 1.8, wait time on EXITWITHKEY before 13 and on some EXITWITHTIMEOUT paths.
 */
final class CallEventMapping {
  private CallEventMapping() {}

  static CallEvent map(
      QueueLogEvent event, QueueLogLine line, String eventId, long eventTime, CallerIds callerIds)
      throws MalformedLineException {
    CallEvent.Builder b = seed(line, eventId, eventTime);
    return switch (event) {
      case ENTERQUEUE ->
          // Field 9, the caller name (log-caller-id-name, 20.14+), is personal data: never carried.
          b.type(CallEventType.QUEUED)
              .callerId(callerIds.hash(line.data(2)))
              .position(line.optionalPosition(3, "position"))
              .build();
      case RINGNOANSWER ->
          b.type(CallEventType.RING_NO_ANSWER).ringMs(line.requiredMillis(1, "ringtime")).build();
      case RINGCANCELED ->
          b.type(CallEventType.RING_CANCELED).ringMs(line.requiredMillis(1, "ringtime")).build();
      case CONNECT ->
          b.type(CallEventType.ANSWERED)
              .waitMs(line.requiredSecondsAsMillis(1, "holdtime"))
              .ringMs(line.optionalSecondsAsMillis(3, "ringtime"))
              .build();
      case COMPLETECALLER -> ended(b, line, EndedBy.CALLER);
      case COMPLETEAGENT -> ended(b, line, EndedBy.AGENT);
      case ABANDON -> leftQueue(b, CallEventType.ABANDONED, line, 1, true);
      case EXITWITHTIMEOUT -> leftQueue(b, CallEventType.TIMEOUT, line, 1, false);
      case EXITWITHKEY -> leftQueue(b, CallEventType.EXIT_WITH_KEY, line, 2, false);
      case EXITEMPTY -> leftQueue(b, CallEventType.EXIT_EMPTY, line, 1, true);
      case WITHDRAW -> leftQueue(b, CallEventType.WITHDRAWN, line, 1, true);
      case TRANSFER -> transferredToExtension(b, line, TransferKind.UNKNOWN);
      case BLINDTRANSFER -> transferredToExtension(b, line, TransferKind.BLIND);
      case ATTENDEDTRANSFER -> attendedTransfer(b, line);
      default -> throw new IllegalStateException(event + " is not a call event");
    };
  }

  private static CallEvent.Builder seed(QueueLogLine line, String eventId, long eventTime) {
    return CallEvent.builder(eventId, line.callId(), eventTime, null, QueueLogParser.SOURCE)
        .queue(line.queue())
        .agentId(line.agentId());
  }

  /** {@code holdtime|calltime|origposition}. */
  private static CallEvent ended(CallEvent.Builder b, QueueLogLine line, EndedBy endedBy)
      throws MalformedLineException {
    return b.type(CallEventType.ENDED)
        .endedBy(endedBy)
        .waitMs(line.requiredSecondsAsMillis(1, "holdtime"))
        .talkMs(line.requiredSecondsAsMillis(2, "calltime"))
        .build();
  }

  /**
   * {@code [key|]position|origposition|waittime}: where the position is and whether every version
   * writes the wait time.
   */
  private static CallEvent leftQueue(
      CallEvent.Builder b,
      CallEventType type,
      QueueLogLine line,
      int positionField,
      boolean waitAlwaysWritten)
      throws MalformedLineException {
    int waitField = positionField + 2;
    Long waitMs =
        waitAlwaysWritten
            ? Long.valueOf(line.requiredSecondsAsMillis(waitField, "waittime"))
            : line.optionalSecondsAsMillis(waitField, "waittime");
    return b.type(type)
        .position(line.optionalPosition(positionField, "position"))
        .waitMs(waitMs)
        .build();
  }

  /** {@code extension|context|holdtime|calltime|origposition} (TRANSFER and BLINDTRANSFER). */
  private static CallEvent transferredToExtension(
      CallEvent.Builder b, QueueLogLine line, TransferKind kind) throws MalformedLineException {
    String extension = line.data(1);
    String context = line.data(2);
    String target =
        extension == null ? null : context == null ? extension : extension + "@" + context;
    return transferred(b, kind, target, line, 3);
  }

  /**
   * {@code method|data…|holdtime|calltime|origposition}: LINK writes two channels as data, so the
   * durations are counted from the end of the line.
   */
  private static CallEvent attendedTransfer(CallEvent.Builder b, QueueLogLine line)
      throws MalformedLineException {
    int count = line.dataCount();
    if (count < 4) {
      throw new MalformedLineException(
          "ATTENDEDTRANSFER needs method|data|holdtime|calltime|origposition, the line has "
              + count
              + " data "
              + (count == 1 ? "field" : "fields"));
    }
    String method = line.data(1);
    List<String> data = line.data(2, count - 3);
    String target =
        method == null ? null : data.isEmpty() ? method : method + ":" + String.join(",", data);
    return transferred(b, TransferKind.ATTENDED, target, line, count - 2);
  }

  private static CallEvent transferred(
      CallEvent.Builder b, TransferKind kind, String target, QueueLogLine line, int holdField)
      throws MalformedLineException {
    return b.type(CallEventType.TRANSFERRED)
        .transferKind(kind)
        .transferTarget(target)
        .waitMs(line.requiredSecondsAsMillis(holdField, "holdtime"))
        .talkMs(line.requiredSecondsAsMillis(holdField + 1, "calltime"))
        .build();
  }
}
