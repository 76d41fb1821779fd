package io.callsight.ingest.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.callsight.ingest.CollectingEventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentEventType;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.Direction;
import io.callsight.schemas.EndedBy;
import io.callsight.schemas.Json;
import io.callsight.schemas.TransferKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueueLogParserTest {
  private static final String KEY = "test-caller-hash-key-0123456789";
  private static final CallerIds CALLER_IDS = CallerIds.withKey(KEY);
  private static final String CALL = "1543602660.197";
  private static final long T = 1543602753L;

  private final QueueLogParser parser = new QueueLogParser(KEY);

  private CallEvent call(String line) {
    ParsedLine parsed = parser.parse(line, "queue_log:1");
    assertThat(parsed.deadLetter()).as("dead letter").isNull();
    assertThat(parsed.agents()).isEmpty();
    assertThat(parsed.calls()).hasSize(1);
    CallEvent event = parsed.calls().get(0);
    assertThat(event.eventId()).isEqualTo(QueueLogParser.eventId(line));
    assertThat(event.callId()).isEqualTo(CALL);
    assertThat(event.eventTime()).isEqualTo(T * 1000);
    assertThat(event.queue()).isEqualTo("IT");
    assertThat(event.direction()).isEqualTo(Direction.INBOUND);
    assertThat(event.source()).isEqualTo("asterisk-queue-log");
    return event;
  }

  private List<AgentEvent> agents(String line) {
    ParsedLine parsed = parser.parse(line, "queue_log:1");
    assertThat(parsed.deadLetter()).as("dead letter").isNull();
    assertThat(parsed.calls()).isEmpty();
    assertThat(parsed.agents()).isNotEmpty();
    assertThat(parsed.agents())
        .allSatisfy(
            e -> {
              assertThat(e.agentId()).isEqualTo("1127");
              assertThat(e.eventTime()).isEqualTo(T * 1000);
              assertThat(e.source()).isEqualTo("asterisk-queue-log");
            });
    return parsed.agents();
  }

  private DeadLetter deadLetter(String line) {
    ParsedLine parsed = parser.parse(line, "queue_log:17");
    assertThat(parsed.calls()).isEmpty();
    assertThat(parsed.agents()).isEmpty();
    assertThat(parsed.ignored()).isFalse();
    assertThat(parsed.deadLetter()).isNotNull();
    assertThat(parsed.deadLetter().payload()).isEqualTo(line.strip());
    assertThat(parsed.deadLetter().location()).isEqualTo("queue_log:17");
    assertThat(parsed.deadLetter().source()).isEqualTo("asterisk-queue-log");
    return parsed.deadLetter();
  }

  @Nested
  class CallEvents {
    @Test
    void enterQueueIsQueuedWithTheHashedCallerAndPosition() {
      CallEvent e = call(T + "|" + CALL + "|IT|NONE|ENTERQUEUE||55590232515|1");

      assertThat(e.type()).isEqualTo(CallEventType.QUEUED);
      assertThat(e.agentId()).isNull();
      assertThat(e.callerId()).isEqualTo(CALLER_IDS.hash("55590232515")).matches("[0-9a-f]{16}");
      assertThat(e.position()).isEqualTo(1);
    }

    @Test
    void enterQueueOfAsterisk14HasNoPositionAndAnUnknownCallerHasNoCallerId() {
      CallEvent e = call(T + "|" + CALL + "|IT|NONE|ENTERQUEUE|http://crm/x|unknown");

      assertThat(e.type()).isEqualTo(CallEventType.QUEUED);
      assertThat(e.callerId()).isNull();
      assertThat(e.position()).isNull();
    }

    @Test
    void theCallerNameOfNewerAsteriskIsNeverCarried() {
      CallEvent e = call(T + "|" + CALL + "|IT|NONE|ENTERQUEUE||+86 138 0000 0000|3|Wang Fang");

      assertThat(e.position()).isEqualTo(3);
      assertThat(e.callerId()).isEqualTo(CALLER_IDS.hash("8613800000000"));
      assertThat(Json.toJson(e)).doesNotContain("Wang").doesNotContain("138");
    }

    @Test
    void ringNoAnswerCarriesTheAgentAndRingTimeInMilliseconds() {
      CallEvent e = call(T + "|" + CALL + "|IT|Agent/1127|RINGNOANSWER|9000");

      assertThat(e.type()).isEqualTo(CallEventType.RING_NO_ANSWER);
      assertThat(e.agentId()).isEqualTo("1127");
      assertThat(e.ringMs()).isEqualTo(9000L);
    }

    @Test
    void ringCanceledCarriesTheAgentAndRingTime() {
      CallEvent e = call(T + "|" + CALL + "|IT|PJSIP/1127-00000001|RINGCANCELED|2345");

      assertThat(e.type()).isEqualTo(CallEventType.RING_CANCELED);
      assertThat(e.agentId()).isEqualTo("1127");
      assertThat(e.ringMs()).isEqualTo(2345L);
    }

    @Test
    void connectIsAnsweredWithWaitAndRingTimeInMilliseconds() {
      CallEvent e = call(T + "|" + CALL + "|IT|Agent/1127|CONNECT|76|1543602746.232|6");

      assertThat(e.type()).isEqualTo(CallEventType.ANSWERED);
      assertThat(e.agentId()).isEqualTo("1127");
      assertThat(e.waitMs()).isEqualTo(76_000L);
      assertThat(e.ringMs()).isEqualTo(6_000L);
    }

    @Test
    void connectOfAsterisk14HasNoRingTime() {
      CallEvent e = call(T + "|" + CALL + "|IT|SIP/1127|CONNECT|12|1543602746.232");

      assertThat(e.waitMs()).isEqualTo(12_000L);
      assertThat(e.ringMs()).isNull();
    }

    @Test
    void completeCallerEndsTheTalkEndedByTheCaller() {
      CallEvent e = call(T + "|" + CALL + "|IT|Agent/1127|COMPLETECALLER|76|847|1");

      assertThat(e.type()).isEqualTo(CallEventType.ENDED);
      assertThat(e.endedBy()).isEqualTo(EndedBy.CALLER);
      assertThat(e.agentId()).isEqualTo("1127");
      assertThat(e.waitMs()).isEqualTo(76_000L);
      assertThat(e.talkMs()).isEqualTo(847_000L);
    }

    @Test
    void completeAgentEndsTheTalkEndedByTheAgent() {
      CallEvent e = call(T + "|" + CALL + "|IT|Agent/1127|COMPLETEAGENT|5|60");

      assertThat(e.type()).isEqualTo(CallEventType.ENDED);
      assertThat(e.endedBy()).isEqualTo(EndedBy.AGENT);
      assertThat(e.waitMs()).isEqualTo(5_000L);
      assertThat(e.talkMs()).isEqualTo(60_000L);
    }

    @Test
    void abandonCarriesPositionAndWait() {
      CallEvent e = call(T + "|" + CALL + "|IT|NONE|ABANDON|2|3|191");

      assertThat(e.type()).isEqualTo(CallEventType.ABANDONED);
      assertThat(e.agentId()).isNull();
      assertThat(e.position()).isEqualTo(2);
      assertThat(e.waitMs()).isEqualTo(191_000L);
    }

    @Test
    void exitWithTimeoutIsTimeout() {
      CallEvent e = call(T + "|" + CALL + "|IT|NONE|EXITWITHTIMEOUT|1|2|300");

      assertThat(e.type()).isEqualTo(CallEventType.TIMEOUT);
      assertThat(e.position()).isEqualTo(1);
      assertThat(e.waitMs()).isEqualTo(300_000L);
    }

    @Test
    void exitWithTimeoutOfAsterisk14HasOnlyThePosition() {
      CallEvent e = call(T + "|" + CALL + "|IT|NONE|EXITWITHTIMEOUT|4");

      assertThat(e.type()).isEqualTo(CallEventType.TIMEOUT);
      assertThat(e.position()).isEqualTo(4);
      assertThat(e.waitMs()).isNull();
    }

    @Test
    void exitWithKeyCarriesPositionAndWait() {
      CallEvent e = call(T + "|" + CALL + "|IT|NONE|EXITWITHKEY|5|2|3|40");

      assertThat(e.type()).isEqualTo(CallEventType.EXIT_WITH_KEY);
      assertThat(e.position()).isEqualTo(2);
      assertThat(e.waitMs()).isEqualTo(40_000L);
    }

    @Test
    void exitWithKeyOfAsterisk14HasKeyAndPositionOnly() {
      CallEvent e = call(T + "|" + CALL + "|IT|NONE|EXITWITHKEY|#|2");

      assertThat(e.type()).isEqualTo(CallEventType.EXIT_WITH_KEY);
      assertThat(e.position()).isEqualTo(2);
      assertThat(e.waitMs()).isNull();
    }

    @Test
    void exitEmptyCarriesPositionAndWait() {
      CallEvent e = call(T + "|" + CALL + "|IT|NONE|EXITEMPTY|1|1|7");

      assertThat(e.type()).isEqualTo(CallEventType.EXIT_EMPTY);
      assertThat(e.position()).isEqualTo(1);
      assertThat(e.waitMs()).isEqualTo(7_000L);
    }

    @Test
    void withdrawOfAsterisk16IsAWithdrawnCallWithItsWait() {
      CallEvent e = call(T + "|" + CALL + "|IT|NONE|WITHDRAW|1|1|30|callback requested");

      assertThat(e.type()).isEqualTo(CallEventType.WITHDRAWN);
      assertThat(e.position()).isEqualTo(1);
      assertThat(e.waitMs()).isEqualTo(30_000L);
    }

    @Test
    void transferOfAsterisk14To11IsATransferOfUnknownKind() {
      CallEvent e =
          call(T + "|" + CALL + "|IT|SIP/1127-0000001a|TRANSFER|2001|from-internal|6|38|1");

      assertThat(e.type()).isEqualTo(CallEventType.TRANSFERRED);
      assertThat(e.agentId()).isEqualTo("1127");
      assertThat(e.transferKind()).isEqualTo(TransferKind.UNKNOWN);
      assertThat(e.transferTarget()).isEqualTo("2001@from-internal");
      assertThat(e.waitMs()).isEqualTo(6_000L);
      assertThat(e.talkMs()).isEqualTo(38_000L);
    }

    @Test
    void blindTransferNamesTheExtensionAndContext() {
      CallEvent e = call(T + "|" + CALL + "|IT|Agent/1127|BLINDTRANSFER|1142|transfer|6|38|1");

      assertThat(e.type()).isEqualTo(CallEventType.TRANSFERRED);
      assertThat(e.transferKind()).isEqualTo(TransferKind.BLIND);
      assertThat(e.transferTarget()).isEqualTo("1142@transfer");
      assertThat(e.waitMs()).isEqualTo(6_000L);
      assertThat(e.talkMs()).isEqualTo(38_000L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiterString = " => ",
        value = {
          "BRIDGE|a1b2c3-bridge|7|120|2 => BRIDGE:a1b2c3-bridge",
          "APP|Voicemail|7|120|2 => APP:Voicemail",
          "LINK|PJSIP/1127-0000000a|Local/2001@ctx-00000001;2|7|120|2"
              + " => LINK:PJSIP/1127-0000000a,Local/2001@ctx-00000001;2",
          "UNKNOWN||7|120|2 => UNKNOWN",
        })
    void attendedTransferNamesTheMethodAndItsData(String data, String target) {
      CallEvent e = call(T + "|" + CALL + "|IT|Agent/1127|ATTENDEDTRANSFER|" + data);

      assertThat(e.type()).isEqualTo(CallEventType.TRANSFERRED);
      assertThat(e.transferKind()).isEqualTo(TransferKind.ATTENDED);
      assertThat(e.transferTarget()).isEqualTo(target);
      assertThat(e.waitMs()).isEqualTo(7_000L);
      assertThat(e.talkMs()).isEqualTo(120_000L);
    }
  }

  @Nested
  class AgentEvents {
    private void assertOne(
        List<AgentEvent> events, AgentEventType type, String queue, String reason) {
      assertThat(events).hasSize(1);
      AgentEvent e = events.get(0);
      assertThat(e.type()).isEqualTo(type);
      assertThat(e.queue()).isEqualTo(queue);
      assertThat(e.reason()).isEqualTo(reason);
    }

    @Test
    void agentLoginLogsInToEveryQueue() {
      String line = T + "|1543598985.25|NONE|Agent/1127|AGENTLOGIN|PJSIP/1127-00000003";
      List<AgentEvent> events = agents(line);

      assertOne(events, AgentEventType.LOGIN, null, null);
      assertThat(events.get(0).eventId()).isEqualTo(QueueLogParser.eventId(line));
    }

    @Test
    void callbackLoginLogsInToEveryQueue() {
      assertOne(
          agents(T + "|1543598985.25|NONE|Agent/1127|AGENTCALLBACKLOGIN|hint:1127@default"),
          AgentEventType.LOGIN,
          null,
          null);
    }

    @Test
    void agentLogoffLogsOutOfEveryQueue() {
      assertOne(
          agents(T + "|1543598985.25|NONE|Agent/1127|AGENTLOGOFF|PJSIP/1127-00000003|3600"),
          AgentEventType.LOGOUT,
          null,
          null);
    }

    @Test
    void callbackLogoffCarriesTheReason() {
      assertOne(
          agents(T + "|NONE|NONE|Agent/1127|AGENTCALLBACKLOGOFF|1127@default|43|Autologoff"),
          AgentEventType.LOGOUT,
          null,
          "Autologoff");
    }

    @Test
    void addMemberLogsInToThatQueue() {
      assertOne(
          agents(T + "|MANAGER|IT|Local/1127@callback-agent|ADDMEMBER|"),
          AgentEventType.LOGIN,
          "IT",
          null);
    }

    @Test
    void aMemberAddedPausedIsLoggedInButNotReady() {
      List<AgentEvent> events = agents(T + "|MANAGER|IT|SIP/1127|ADDMEMBER|PAUSED");

      assertThat(events)
          .extracting(AgentEvent::type, AgentEvent::queue)
          .containsExactly(
              tuple(AgentEventType.LOGIN, "IT"), tuple(AgentEventType.NOT_READY, "IT"));
      assertThat(events).extracting(AgentEvent::eventId).doesNotHaveDuplicates();
    }

    @Test
    void removeMemberLogsOutOfThatQueue() {
      assertOne(
          agents(T + "|1543625961.49|IT|Local/1127@callback-agent|REMOVEMEMBER|"),
          AgentEventType.LOGOUT,
          "IT",
          null);
    }

    @Test
    void pauseIsNotReadyInThatQueueWithTheReason() {
      assertOne(
          agents(T + "|NONE|IT|Agent/1127|PAUSE|Lunch"), AgentEventType.NOT_READY, "IT", "Lunch");
    }

    @Test
    void unpauseIsReadyInThatQueue() {
      assertOne(agents(T + "|NONE|IT|Agent/1127|UNPAUSE|"), AgentEventType.READY, "IT", null);
    }

    @Test
    void pauseAllIsNotReadyEverywhereWithTheReason() {
      assertOne(
          agents(T + "|NONE|NONE|Agent/1127|PAUSEALL|Break"),
          AgentEventType.NOT_READY,
          null,
          "Break");
    }

    @Test
    void unpauseAllIsReadyEverywhere() {
      assertOne(agents(T + "|NONE|NONE|Agent/1127|UNPAUSEALL|"), AgentEventType.READY, null, null);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "QUEUESTART|",
        "CONFIGRELOAD|",
        "SYSCOMPAT|",
        "AGENTDUMP|",
        "DID|4008001234",
        "INFO|anything",
        "PENALTY|2",
        "RINGINUSE|0",
        "OUTCALL|ANSWER|60|",
      })
  void knownSystemAndInformationLinesAreIgnoredWithoutADeadLetter(String eventAndData) {
    ParsedLine parsed = parser.parse(T + "|NONE|IT|Agent/1127|" + eventAndData, "queue_log:3");

    assertThat(parsed.ignored()).isTrue();
    assertThat(parsed.blank()).isFalse();
    assertThat(parsed.calls()).isEmpty();
    assertThat(parsed.agents()).isEmpty();
    assertThat(parsed.deadLetter()).isNull();
    assertThat(parsed.eventTime()).isEqualTo(T * 1000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"OUTDIAL|881142", "OUTANSWER|3318|COMPLETEAGENT", "OUTCANCEL|881142"})
  void vendorEventsAreDeadLetteredAsUnknownEvents(String eventAndData) {
    String line = T + "|1543601975.170|NONE|Agent/1127|" + eventAndData;
    String event = eventAndData.substring(0, eventAndData.indexOf('|'));

    DeadLetter dl = deadLetter(line);

    assertThat(dl.reasonCode()).isEqualTo(DeadLetterReason.UNKNOWN_EVENT);
    assertThat(dl.reason())
        .isEqualTo(
            "event \""
                + event
                + "\" is not a standard Asterisk queue_log event (written by the dialplan or a"
                + " PBX add-on)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1543602753|x|IT; the line has 3 fields, a queue_log line needs at least 5"
            + " (epoch|callid|queue|agent|event)",
        "just some text; the line has 1 field, a queue_log line needs at least 5"
            + " (epoch|callid|queue|agent|event)",
        "abc|1543602660.197|IT|Agent/1127|CONNECT|76|x|6; field 1 (epoch) \"abc\" is not a number",
        "1543602753|1543602660.197|IT|Agent/1127|CONNECT|abc|x|6;"
            + " field 6 (holdtime) \"abc\" is not a number",
        "1543602753|1543602660.197|IT|Agent/1127|CONNECT|76|x|6s;"
            + " field 8 (ringtime) \"6s\" is not a number",
        "1543602753|1543602660.197|IT|Agent/1127|RINGNOANSWER; field 6 (ringtime) is missing",
        "1543602753|1543602660.197|IT|Agent/1127|COMPLETEAGENT|5|; field 7 (calltime) is missing",
        "1543602753|1543602660.197|IT|NONE|ABANDON|1|1|3.5;"
            + " field 8 (waittime) \"3.5\" is not a number",
        "1543602753|1543602660.197|IT|NONE|ENTERQUEUE||555|first;"
            + " field 8 (position) \"first\" is not a number",
        "1543602753|1543602660.197|IT|Agent/1127|ATTENDEDTRANSFER|BRIDGE|7|120;"
            + " ATTENDEDTRANSFER needs method|data|holdtime|calltime|origposition,"
            + " the line has 3 data fields",
        "99999999999999999|1543602660.197|IT|NONE|ABANDON|1|1|3;"
            + " field 1 (epoch) \"99999999999999999\" is out of range",
      })
  void malformedLinesAreDeadLetteredSayingWhatIsWrong(String line, String reason) {
    DeadLetter dl = deadLetter(line);

    assertThat(dl.reasonCode()).isEqualTo(DeadLetterReason.MALFORMED);
    assertThat(dl.reason()).isEqualTo(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1543602753|1543602660.197|NONE|NONE|ENTERQUEUE||555|1; QUEUED needs a queue",
        "1543602753|1543602660.197|IT|NONE|RINGNOANSWER|1000; RING_NO_ANSWER needs an agentId",
        "1543602753|NONE|IT|Agent/1127|CONNECT|5|x|1; callId is required",
        "1543602753|NONE|NONE|NONE|AGENTLOGIN|SIP/1127; agentId is required",
        "1543602753|1543602660.197|IT|NONE|ABANDON|1|1|-3; waitMs must not be negative, was -3000",
        "0|1543602660.197|IT|NONE|ABANDON|1|1|3;"
            + " eventTime is required (a positive epoch-millisecond time), was 0",
      })
  void linesTheRecordsRejectAreDeadLetteredAsInvalidWithTheirMessage(String line, String reason) {
    DeadLetter dl = deadLetter(line);

    assertThat(dl.reasonCode()).isEqualTo(DeadLetterReason.INVALID);
    assertThat(dl.reason()).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n", "\r\n", " \t \r"})
  void blankLinesAreSkippedAndCountNothing(String line) {
    ParsedLine parsed = parser.parse(line, "queue_log:9");
    CollectingEventSink sink = new CollectingEventSink();
    IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry(), QueueLogParser.SOURCE);

    parsed.deliver(sink, metrics);

    assertThat(parsed.blank()).isTrue();
    assertThat(sink.calls).isEmpty();
    assertThat(sink.agents).isEmpty();
    assertThat(sink.deadLetters).isEmpty();
    assertThat(metrics.registry().get("callsight.ingest.records.read").counter().count()).isZero();
  }

  @Test
  void aCrlfLineGivesTheSameEventAsItsLfTwin() {
    String line = T + "|" + CALL + "|IT|Agent/1127|CONNECT|76|1543602746.232|6";

    assertThat(parser.parse(line + "\r\n", "a:1")).isEqualTo(parser.parse(line, "a:1"));
    assertThat(parser.parse(line + "\r", "a:1").calls().get(0).eventId())
        .isEqualTo(QueueLogParser.eventId(line));
  }

  @Test
  void eventIdsAreStableForALineAndDifferBetweenLines() {
    String a = T + "|" + CALL + "|IT|Agent/1127|RINGNOANSWER|9000";
    String b = T + "|" + CALL + "|IT|Agent/1141|RINGNOANSWER|9000";

    String id = new QueueLogParser(KEY).parse(a, "x:1").calls().get(0).eventId();

    assertThat(id).matches("ql-[0-9a-f]{16}");
    assertThat(parser.parse(a, "other:99").calls().get(0).eventId()).isEqualTo(id);
    assertThat(parser.parse(b, "x:2").calls().get(0).eventId()).isNotEqualTo(id);
  }

  @Test
  void badLinesLoseNoGoodEventAroundThem() {
    List<String> lines =
        List.of(
            "1543605022|1543604976.289|IT|NONE|ENTERQUEUE||55515538655|1",
            "1543605023|1543604976.289|IT|Agent/1141|CONNECT|five|1543605022.292|5",
            "1543605024|1543604976.289|NONE|Agent/1141|OUTDIAL|5554134064",
            "",
            "1543605027|1543604976.289|IT|Agent/1141|CONNECT|5|1543605022.292|5",
            "1543605087|1543604976.289|IT|Agent/1141|COMPLETEAGENT|5|60|1");
    CollectingEventSink sink = new CollectingEventSink();
    IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry(), QueueLogParser.SOURCE);

    for (int i = 0; i < lines.size(); i++) {
      parser.parse(lines.get(i), "queue_log:" + (i + 1)).deliver(sink, metrics);
    }

    assertThat(sink.calls)
        .extracting(CallEvent::type)
        .containsExactly(CallEventType.QUEUED, CallEventType.ANSWERED, CallEventType.ENDED);
    assertThat(sink.deadLetters)
        .extracting(DeadLetter::reasonCode, DeadLetter::location)
        .containsExactly(
            tuple(DeadLetterReason.MALFORMED, "queue_log:2"),
            tuple(DeadLetterReason.UNKNOWN_EVENT, "queue_log:3"));
    assertThat(metrics.registry().get("callsight.ingest.records.read").counter().count())
        .isEqualTo(5);
  }

  @Test
  void aParserSurvivesJavaSerializationAndHashesCallersTheSame() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(parser);
    }
    QueueLogParser copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (QueueLogParser) in.readObject();
    }
    String line = T + "|" + CALL + "|IT|NONE|ENTERQUEUE||55590232515|1";

    assertThat(copy.parse(line, "x:1")).isEqualTo(parser.parse(line, "x:1"));
  }

  @Test
  void aShortCallerHashKeyIsRefusedAtOnce() {
    assertThatThrownBy(() -> new QueueLogParser("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16 bytes");
  }
}
