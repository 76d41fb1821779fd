package io.callsight.ingest.ami;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scripted Asterisk 20 stream of {@code src/test/resources/ami} and the canonical events it
 * must become, written as one line per event so a failing test shows the story.
 */
final class QueueCallsFixture {
  static final String USER = "callsight";
  static final String SECRET = "s3cret-of-the-queue";

  /** Each call's events in the order they happened, keyed by call id. */
  static final Map<String, List<String>> CALLS =
      Map.of(
          "1718000000.101",
          List.of(
              "QUEUED support position=1",
              "RINGING support agent=1127",
              "RING_NO_ANSWER support agent=1127 ring=15000",
              "RINGING support agent=1128",
              "ANSWERED support agent=1128 wait=25000 ring=4000",
              "HOLD_START support agent=1128",
              "HOLD_END support agent=1128 hold=30500",
              "ENDED support agent=1128 wait=25000 talk=154500 hold=30500 endedBy=AGENT"),
          "1717999990.50",
          List.of(
              "QUEUED support position=1",
              "ANSWERED support agent=1127 wait=14000 ring=2000",
              "ENDED support agent=1127 wait=14000 talk=30000 hold=0 endedBy=CALLER"),
          "1718000040.201",
          List.of("QUEUED support position=1", "ABANDONED support wait=9000"),
          "1718000050.301",
          List.of("QUEUED support position=1", "TIMEOUT support wait=60000"),
          "1718000120.401",
          List.of(
              "QUEUED support position=1",
              "RINGING support agent=1127",
              "ANSWERED support agent=1127 wait=4000 ring=3000",
              "TRANSFERRED support agent=1127 wait=4000 talk=26000 hold=0 BLIND to 2000"));

  /** The agent events in the order Asterisk raised them: the QueueStatus answer, then events. */
  static final List<String> AGENTS =
      List.of(
          "1127 LOGIN support",
          "1127 READY support",
          "1128 LOGIN support",
          "1128 NOT_READY support Training",
          "1127 LOGIN sales",
          "1127 READY sales",
          "1127 NOT_READY support Lunch",
          "1127 READY support",
          "1129 LOGIN sales",
          "1129 READY sales",
          "1129 LOGOUT sales");

  /** The dead letter's reason for the one broken packet. */
  static final String DEAD_LETTER_REASON =
      "AgentCalled names no queue member (Interface and MemberName are empty)";

  /**
   * AMI events Asterisk sends in all: FullyBooted, the QueueStatus list with its end, the calls.
   */
  static int amiEvents() throws IOException {
    return 1 + queueStatus().size() + 1 + events().size();
  }

  private QueueCallsFixture() {}

  static ScriptedAmiPeer startPeer() throws IOException {
    return ScriptedAmiPeer.start(USER, SECRET, queueStatus(), events());
  }

  static List<String> queueStatus() throws IOException {
    return ScriptedAmiPeer.packets("/ami/asterisk20-queue-status.ami");
  }

  static List<String> events() throws IOException {
    return ScriptedAmiPeer.packets("/ami/asterisk20-queue-calls.ami");
  }

  static int callEventCount() {
    return CALLS.values().stream().mapToInt(List::size).sum();
  }

  static Map<String, List<String>> byCall(List<CallEvent> events) {
    return events.stream()
        .collect(
            Collectors.groupingBy(
                CallEvent::callId,
                LinkedHashMap::new,
                Collectors.mapping(QueueCallsFixture::describe, Collectors.toList())));
  }

  static String describe(CallEvent e) {
    StringBuilder s = new StringBuilder().append(e.type()).append(' ').append(e.queue());
    append(s, "agent", e.agentId());
    append(s, "position", e.position());
    append(s, "wait", e.waitMs());
    append(s, "ring", e.ringMs());
    append(s, "talk", e.talkMs());
    append(s, "hold", e.holdMs());
    append(s, "endedBy", e.endedBy());
    if (e.transferKind() != null) {
      s.append(' ').append(e.transferKind()).append(" to ").append(e.transferTarget());
    }
    return s.toString();
  }

  static String describe(AgentEvent e) {
    return e.agentId()
        + " "
        + e.type()
        + " "
        + e.queue()
        + (e.reason() == null ? "" : " " + e.reason());
  }

  private static void append(StringBuilder s, String name, Object value) {
    if (value != null) {
      s.append(' ').append(name).append('=').append(value);
    }
  }
}
