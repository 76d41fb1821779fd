package io.callsight.ingest.asterisk;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.callsight.ingest.CollectingEventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentEventType;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.EndedBy;
import io.callsight.schemas.Json;
import io.callsight.testkit.SharedData;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real queue_log of a small call centre (see the shared data README). Every expected number
 * below was counted from the file with the shell command in its comment (run in the shared data
 * folder, {@code F=voipreports1.queue_log}), not with the code under test.
 */
class VoipReportsQueueLogTest {
  static final String KEY = "voipreports-test-caller-hash-key";

  // wc -l < $F
  static final int LINES = 1000;

  // awk -F'|' '{print $5}' $F | sort | uniq -c
  static final Map<String, Long> LINES_BY_EVENT =
      Map.ofEntries(
          entry("RINGNOANSWER", 360L),
          entry("OUTDIAL", 128L),
          entry("ENTERQUEUE", 108L),
          entry("CONNECT", 93L),
          entry("OUTANSWER", 77L),
          entry("COMPLETEAGENT", 51L),
          entry("COMPLETECALLER", 38L),
          entry("ADDMEMBER", 26L),
          entry("OUTCANCEL", 24L),
          entry("OUTCHANUNAVAIL", 18L),
          entry("AGENTCALLBACKLOGIN", 14L),
          entry("ABANDON", 12L),
          entry("CONFIGRELOAD", 11L),
          entry("REMOVEMEMBER", 10L),
          entry("AGENTCALLBACKLOGOFF", 10L),
          entry("OUTCONGESTION", 9L),
          entry("QUEUESTART", 7L),
          entry("OUTTRANSFER", 1L),
          entry("EXITWITHTIMEOUT", 1L),
          entry("BLINDTRANSFER", 1L),
          entry("ATTENDEDTRANSFER", 1L));

  // The PBX's own outbound-dialling events: awk -F'|' '$5 ~ /^OUT/{print $5}' $F | sort | uniq -c
  static final Map<String, Long> DEAD_LETTERS_BY_VENDOR_EVENT =
      Map.of(
          "OUTDIAL", 128L,
          "OUTANSWER", 77L,
          "OUTCANCEL", 24L,
          "OUTCHANUNAVAIL", 18L,
          "OUTCONGESTION", 9L,
          "OUTTRANSFER", 1L);

  // grep -c '|OUT[A-Z]*|' $F
  static final long UNKNOWN_EVENTS = 257;

  // grep -cE '\|(QUEUESTART|CONFIGRELOAD)\|' $F
  static final long IGNORED = 18;

  // Call events per canonical type, one per line of the Asterisk events that map to it:
  // grep -c '|ENTERQUEUE|' $F; grep -c '|RINGNOANSWER|' $F; grep -c '|CONNECT|' $F;
  // grep -cE '\|COMPLETE(AGENT|CALLER)\|' $F; grep -c '|ABANDON|' $F;
  // grep -c '|EXITWITHTIMEOUT|' $F; grep -cE '\|(BLIND|ATTENDED)?TRANSFER\|' $F
  static final Map<CallEventType, Long> CALLS_BY_TYPE =
      Map.of(
          CallEventType.QUEUED, 108L,
          CallEventType.RING_NO_ANSWER, 360L,
          CallEventType.ANSWERED, 93L,
          CallEventType.ENDED, 89L,
          CallEventType.ABANDONED, 12L,
          CallEventType.TIMEOUT, 1L,
          CallEventType.TRANSFERRED, 2L);

  // grep -c '|COMPLETECALLER|' $F; grep -c '|COMPLETEAGENT|' $F
  static final Map<EndedBy, Long> ENDED_BY = Map.of(EndedBy.CALLER, 38L, EndedBy.AGENT, 51L);

  static final int CALL_EVENTS = 665;

  // LOGIN: grep -cE '\|(ADDMEMBER|AGENTCALLBACKLOGIN)\|' $F (26 in queue IT + 14 to all queues);
  // LOGOUT: grep -cE '\|(REMOVEMEMBER|AGENTCALLBACKLOGOFF)\|' $F (10 in IT + 10 from all).
  // No member is added paused: awk -F'|' '$5=="ADDMEMBER" && $6=="PAUSED"' $F | wc -l gives 0.
  static final Map<AgentEventType, Long> AGENTS_BY_TYPE =
      Map.of(AgentEventType.LOGIN, 40L, AgentEventType.LOGOUT, 20L);

  static final int AGENT_EVENTS = 60;

  // awk -F'|' '$4!="NONE"{a=$4; sub(/^[^\/]*\//,"",a); sub(/@.*/,"",a); print a}' $F | sort -u
  // (the data README says 7 agents; the file names 6)
  static final Set<String> AGENT_IDS = Set.of("1109", "1126", "1127", "1128", "1141", "1144");

  // awk -F'|' '$5=="ENTERQUEUE"{print $7}' $F | sort -u | wc -l
  static final int DISTINCT_CALLERS = 63;

  // Repeated lines are all vendor events: sort $F | uniq -d | cut -d'|' -f5 | sort -u
  // gives only OUT* events, so every line that becomes events has its own id.
  static final int DISTINCT_EVENT_IDS = CALL_EVENTS + AGENT_EVENTS;

  // awk -F'|' 'NR>1 && $1<prev{n++} {prev=$1} END{print n+0}' $F
  static final long CLOCK_WENT_BACK = 0;

  static Path file;
  static List<String> lines;
  static CollectingEventSink sink;
  static MeterRegistry registry;
  // Held so its gauges, which Micrometer references weakly, stay readable.
  static IngestMetrics metrics;
  static QueueLogTally tally;

  @BeforeAll
  static void readTheFile() throws Exception {
    file = SharedData.voipReportsQueueLog();
    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    sink = new CollectingEventSink();
    registry = new SimpleMeterRegistry();
    metrics = new IngestMetrics(registry, QueueLogParser.SOURCE);
    tally = new QueueLogReader(new QueueLogParser(KEY), sink, metrics).read(file);
  }

  private static <T, K> Map<K, Long> countBy(List<T> items, Function<T, K> key) {
    return items.stream().collect(groupingBy(key, counting()));
  }

  @Test
  void theExpectedCountsAddUpToTheWholeFile() {
    assertThat(lines).hasSize(LINES);
    assertThat(countBy(lines, l -> l.split("\\|", -1)[4])).isEqualTo(LINES_BY_EVENT);
    assertThat(CALL_EVENTS + AGENT_EVENTS + UNKNOWN_EVENTS + IGNORED).isEqualTo(LINES);
    assertThat(CALLS_BY_TYPE.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(CALL_EVENTS);
  }

  @Test
  void callEventsComeOutPerCanonicalType() {
    assertThat(sink.calls).hasSize(CALL_EVENTS);
    assertThat(countBy(sink.calls, CallEvent::type)).isEqualTo(CALLS_BY_TYPE);
    assertThat(
            countBy(
                sink.calls.stream().filter(e -> e.type() == CallEventType.ENDED).toList(),
                CallEvent::endedBy))
        .isEqualTo(ENDED_BY);
    assertThat(
            sink.calls.stream()
                .filter(e -> e.type() == CallEventType.TRANSFERRED)
                .map(e -> e.transferKind() + " " + e.transferTarget()))
        .containsExactlyInAnyOrder("BLIND 1142@transfer", "ATTENDED UNKNOWN");
    assertThat(sink.calls).allSatisfy(e -> assertThat(e.queue()).isEqualTo("IT"));
  }

  @Test
  void agentEventsComeOutPerTypeAndQueue() {
    assertThat(sink.agents).hasSize(AGENT_EVENTS);
    assertThat(countBy(sink.agents, AgentEvent::type)).isEqualTo(AGENTS_BY_TYPE);
    assertThat(countBy(sink.agents, a -> a.type() + " " + a.queue()))
        .containsOnly(
            entry("LOGIN IT", 26L),
            entry("LOGIN null", 14L),
            entry("LOGOUT IT", 10L),
            entry("LOGOUT null", 10L));
  }

  @Test
  void vendorEventsAreDeadLetteredWithTheirRawLine() {
    assertThat(sink.deadLetters).hasSize((int) UNKNOWN_EVENTS);
    assertThat(countBy(sink.deadLetters, DeadLetter::reasonCode))
        .containsOnly(entry(DeadLetterReason.UNKNOWN_EVENT, UNKNOWN_EVENTS));
    assertThat(countBy(sink.deadLetters, d -> d.payload().split("\\|", -1)[4]))
        .isEqualTo(DEAD_LETTERS_BY_VENDOR_EVENT);
    assertThat(sink.deadLetters)
        .allSatisfy(
            d -> {
              int lineNumber = Integer.parseInt(d.location().replace(file.getFileName() + ":", ""));
              assertThat(lines.get(lineNumber - 1)).isEqualTo(d.payload());
              assertThat(d.reason()).contains("is not a standard Asterisk queue_log event");
            });
  }

  @Test
  void agentsNormaliseToTheSixAgentIds() {
    Set<String> fromCalls =
        sink.calls.stream()
            .map(CallEvent::agentId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Set<String> fromAgents =
        sink.agents.stream().map(AgentEvent::agentId).collect(Collectors.toSet());

    assertThat(fromAgents).isEqualTo(AGENT_IDS);
    assertThat(fromCalls).isEqualTo(AGENT_IDS);
  }

  @Test
  void callersAreHashedNeverRaw() {
    List<String> rawNumbers =
        lines.stream()
            .map(l -> l.split("\\|", -1))
            .filter(f -> f[4].equals("ENTERQUEUE"))
            .map(f -> f[6])
            .toList();
    CallerIds callerIds = CallerIds.withKey(KEY);
    List<CallEvent> queued =
        sink.calls.stream().filter(e -> e.type() == CallEventType.QUEUED).toList();

    assertThat(queued)
        .extracting(CallEvent::callerId)
        .containsExactlyElementsOf(rawNumbers.stream().map(callerIds::hash).toList());
    assertThat(queued.stream().map(CallEvent::callerId).distinct()).hasSize(DISTINCT_CALLERS);
    String allCallEvents = sink.calls.stream().map(Json::toJson).collect(Collectors.joining("\n"));
    assertThat(Stream.concat(rawNumbers.stream(), rawNumbers.stream().map(n -> n.substring(3))))
        .allSatisfy(number -> assertThat(allCallEvents).doesNotContain(number));
  }

  @Test
  void everyEventHasItsOwnStableId() {
    List<String> ids =
        Stream.concat(
                sink.calls.stream().map(CallEvent::eventId),
                sink.agents.stream().map(AgentEvent::eventId))
            .toList();
    CollectingEventSink again = new CollectingEventSink();
    QueueLogParser parser = new QueueLogParser(KEY);
    for (int i = 0; i < lines.size(); i++) {
      parser
          .parse(lines.get(i), "again:" + (i + 1))
          .deliver(again, new IngestMetrics(new SimpleMeterRegistry(), QueueLogParser.SOURCE));
    }

    assertThat(ids).doesNotHaveDuplicates().hasSize(DISTINCT_EVENT_IDS);
    assertThat(again.calls).isEqualTo(sink.calls);
    assertThat(again.agents).isEqualTo(sink.agents);
  }

  @Test
  void theTallyAndTheMetricsCountTheFile() {
    assertThat(tally)
        .isEqualTo(
            new QueueLogTally(
                LINES, CALL_EVENTS, AGENT_EVENTS, UNKNOWN_EVENTS, IGNORED, CLOCK_WENT_BACK));
    String source = QueueLogParser.SOURCE;
    assertThat(
            registry.get("callsight.ingest.records.read").tag("source", source).counter().count())
        .isEqualTo(LINES);
    assertThat(registry.get("callsight.ingest.events.parsed").tag("kind", "call").counter().count())
        .isEqualTo(CALL_EVENTS);
    assertThat(
            registry.get("callsight.ingest.events.parsed").tag("kind", "agent").counter().count())
        .isEqualTo(AGENT_EVENTS);
    assertThat(registry.get("callsight.ingest.records.ignored").counter().count())
        .isEqualTo(IGNORED);
    assertThat(registry.find("callsight.ingest.records.dead.lettered").counters())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getId().getTag("reason")).isEqualTo("UNKNOWN_EVENT");
              assertThat(c.count()).isEqualTo(UNKNOWN_EVENTS);
            });
    assertThat(registry.get("callsight.ingest.clock.backwards").counter().count())
        .isEqualTo(CLOCK_WENT_BACK);
    assertThat(registry.get("callsight.ingest.lag.bytes").gauge().value()).isZero();
    // The file ends on 2018-12-04, so the newest event is years behind the wall clock.
    assertThat(registry.get("callsight.ingest.lag.millis").gauge().value())
        .isGreaterThan(365 * 24 * 3600 * 1000.0);
    assertThat(sink.flushes).isPositive();
  }
}
