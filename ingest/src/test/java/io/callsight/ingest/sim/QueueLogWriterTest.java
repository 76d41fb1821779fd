package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.AgentEventType;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.EndedBy;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QueueLogWriterTest {
  private static final String CALL = "sim00abcd-1741000000.5";
  private static final String NUMBER = "55512345678";
  // 2025-03-03 11:06:40.400 UTC; the caller entered the queue at second ...000.
  private static final long QUEUED_AT = 1_741_000_000_400L;
  private static final List<String> QUEUES = List.of("sales", "support");

  private final StringWriter text = new StringWriter();
  private final QueueLogWriter writer = new QueueLogWriter(text);

  @Test
  void writesTheAsteriskLinesOfAnAnsweredCall() {
    writer.call(event(CallEventType.QUEUED, 0, -1, -1, -1, -1, 2, null));
    writer.call(event(CallEventType.RINGING, 0, -1, -1, -1, -1, -1, null));
    writer.call(event(CallEventType.RING_NO_ANSWER, 15_000, -1, 15_000, -1, -1, -1, null));
    writer.call(event(CallEventType.ANSWERED, 25_900, 25_900, 4_300, -1, -1, -1, null));
    writer.call(event(CallEventType.HOLD_START, 60_000, -1, -1, -1, -1, -1, null));
    writer.call(event(CallEventType.HOLD_END, 90_000, -1, -1, -1, 30_000, -1, null));
    writer.call(event(CallEventType.ENDED, 190_700, 25_900, -1, 134_800, 30_000, -1, null));
    writer.call(event(CallEventType.WRAPUP_ENDED, 220_000, -1, -1, -1, -1, -1, null));

    assertThat(lines())
        .containsExactly(
            "1741000000|" + CALL + "|support|NONE|ENTERQUEUE||55512345678|2",
            "1741000015|" + CALL + "|support|Agent/1001|RINGNOANSWER|15000",
            "1741000026|" + CALL + "|support|Agent/1001|CONNECT|26|1741000022.0|4",
            "1741000191|" + CALL + "|support|Agent/1001|COMPLETEAGENT|26|165|3");
  }

  @Test
  void writesTheCallerSideOfCompletionsAndBlindTransfers() {
    writer.call(event(CallEventType.ENDED, 100_000, 5_000, -1, 95_000, 0, -1, EndedBy.CALLER));
    writer.call(event(CallEventType.TRANSFERRED, 100_000, 5_000, -1, 80_000, 15_000, -1, null));

    assertThat(lines())
        .containsExactly(
            "1741000100|" + CALL + "|support|Agent/1001|COMPLETECALLER|5|95|3",
            "1741000100|" + CALL + "|support|Agent/1001|BLINDTRANSFER|2000|transfer|5|95|3");
  }

  @Test
  void writesEveryWayOfLeavingTheQueueUnanswered() {
    writer.call(event(CallEventType.ABANDONED, 42_000, 42_000, -1, -1, -1, 1, null));
    writer.call(event(CallEventType.TIMEOUT, 600_000, 600_000, -1, -1, -1, 4, null));
    writer.call(event(CallEventType.EXIT_WITH_KEY, 9_700, 9_700, -1, -1, -1, 2, null));
    writer.call(event(CallEventType.EXIT_EMPTY, 0, 0, -1, -1, -1, 3, null));
    writer.call(event(CallEventType.RING_CANCELED, 7_000, -1, 6_500, -1, -1, -1, null));

    assertThat(lines())
        .containsExactly(
            "1741000042|" + CALL + "|support|NONE|ABANDON|1|3|42",
            "1741000600|" + CALL + "|support|NONE|EXITWITHTIMEOUT|4|3|600",
            "1741000010|" + CALL + "|support|NONE|EXITWITHKEY|1|2|3|10",
            "1741000000|" + CALL + "|support|NONE|EXITEMPTY|3|3|0",
            "1741000007|" + CALL + "|support|Agent/1001|RINGCANCELED|6500");
  }

  @Test
  void writesMembershipAndPausesInEveryQueueOfTheAgent() {
    String session = "sim00abcd-1740990000.1";
    writer.agent(agentEvent(session, AgentEventType.LOGIN, 0, null, -1));
    writer.agent(agentEvent(session, AgentEventType.NOT_READY, 3_600_000, "lunch", -1));
    writer.agent(agentEvent(session, AgentEventType.READY, 5_400_000, null, -1));
    writer.agent(agentEvent(session, AgentEventType.LOGOUT, 28_800_000, null, 28_800_000));

    String channel = String.format("PJSIP/1001-%08x", session.hashCode());
    assertThat(lines())
        .containsExactly(
            "1740990000|" + session + "|sales|Agent/1001|ADDMEMBER|",
            "1740990000|" + session + "|support|Agent/1001|ADDMEMBER|",
            "1740990000|" + session + "|NONE|Agent/1001|AGENTLOGIN|" + channel,
            "1740993600|NONE|sales|Agent/1001|PAUSE|lunch",
            "1740993600|NONE|support|Agent/1001|PAUSE|lunch",
            "1740995400|NONE|sales|Agent/1001|UNPAUSE|",
            "1740995400|NONE|support|Agent/1001|UNPAUSE|",
            "1741018800|" + session + "|sales|Agent/1001|REMOVEMEMBER|",
            "1741018800|" + session + "|support|Agent/1001|REMOVEMEMBER|",
            "1741018800|" + session + "|NONE|Agent/1001|AGENTLOGOFF|" + channel + "|28800");
  }

  @Test
  void everyLineOfASimulatedDayHasAnAsteriskFormat() {
    StringWriter day = new StringWriter();
    Runs.run(Profiles.small(), 3, Duration.ofDays(1), new QueueLogWriter(day));
    String head =
        "^\\d{10}\\|(sim[0-9a-f]{6}-\\d{10}\\.\\d+|NONE)\\|[\\w-]+\\|(Agent/\\d+|NONE)\\|";
    Pattern format =
        Pattern.compile(
            head
                + "(ENTERQUEUE\\|\\|555\\d{8}\\|\\d+"
                + "|RINGNOANSWER\\|\\d+|RINGCANCELED\\|\\d+"
                + "|CONNECT\\|\\d+\\|\\d{10}\\.\\d+\\|\\d+"
                + "|COMPLETE(CALLER|AGENT)\\|\\d+\\|\\d+\\|\\d+"
                + "|BLINDTRANSFER\\|[\\w-]+\\|transfer\\|\\d+\\|\\d+\\|\\d+"
                + "|(ABANDON|EXITWITHTIMEOUT|EXITEMPTY)\\|\\d+\\|\\d+\\|\\d+"
                + "|EXITWITHKEY\\|\\d\\|\\d+\\|\\d+\\|\\d+"
                + "|(ADDMEMBER|REMOVEMEMBER|UNPAUSE)\\|"
                + "|PAUSE\\|[\\w-]+|AGENTLOGIN\\|PJSIP/\\d+-[0-9a-f]{8}"
                + "|AGENTLOGOFF\\|PJSIP/\\d+-[0-9a-f]{8}\\|\\d+)$");

    List<String> lines = day.toString().lines().toList();

    assertThat(lines).hasSizeGreaterThan(1000).allMatch(l -> format.matcher(l).matches());
    assertThat(lines.stream().map(l -> l.split("\\|")[4]).distinct())
        .contains(
            "ENTERQUEUE",
            "CONNECT",
            "COMPLETECALLER",
            "COMPLETEAGENT",
            "BLINDTRANSFER",
            "RINGNOANSWER",
            "ABANDON",
            "EXITWITHKEY",
            "ADDMEMBER",
            "AGENTLOGIN",
            "PAUSE",
            "UNPAUSE",
            "REMOVEMEMBER",
            "AGENTLOGOFF");
  }

  private List<String> lines() {
    return text.toString().lines().toList();
  }

  private static SimulatedCallEvent event(
      CallEventType type,
      long afterQueued,
      long waitMs,
      long ringMs,
      long talkMs,
      long holdMs,
      int position,
      EndedBy endedBy) {
    boolean byAgent = type != CallEventType.QUEUED && !type.leavesQueueUnanswered();
    return new SimulatedCallEvent(
        CALL,
        0,
        QUEUED_AT + afterQueued,
        type,
        "support",
        byAgent ? "1001" : null,
        NUMBER,
        position,
        3,
        waitMs,
        ringMs,
        talkMs,
        holdMs,
        -1,
        type == CallEventType.ENDED && endedBy == null ? EndedBy.AGENT : endedBy,
        type == CallEventType.TRANSFERRED ? "2000" : null,
        null,
        false,
        type == CallEventType.EXIT_WITH_KEY ? '1' : 0);
  }

  private static SimulatedAgentEvent agentEvent(
      String session, AgentEventType type, long afterLogin, String reason, long loggedInMs) {
    return new SimulatedAgentEvent(
        session, 0, 1_740_990_000_000L + afterLogin, type, "1001", QUEUES, reason, loggedInMs);
  }
}
