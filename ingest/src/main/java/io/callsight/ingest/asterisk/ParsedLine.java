package io.callsight.ingest.asterisk;

import io.callsight.ingest.EventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import java.util.List;

/**
 * What one queue_log line became: call and agent events, or a dead letter, or nothing because it is
 * a known system line ({@code ignored}) or blank.
 *
 * @param eventTime the line's switch time in epoch milliseconds, 0 when it could not be read
 */
public record ParsedLine(
    long eventTime,
    List<CallEvent> calls,
    List<AgentEvent> agents,
    DeadLetter deadLetter,
    boolean ignored) {

  static final ParsedLine BLANK = new ParsedLine(0, List.of(), List.of(), null, false);

  public ParsedLine {
    calls = List.copyOf(calls);
    agents = List.copyOf(agents);
  }

  static ParsedLine calls(long eventTime, CallEvent event) {
    return new ParsedLine(eventTime, List.of(event), List.of(), null, false);
  }

  static ParsedLine agents(long eventTime, List<AgentEvent> events) {
    return new ParsedLine(eventTime, List.of(), events, null, false);
  }

  static ParsedLine ignored(long eventTime) {
    return new ParsedLine(eventTime, List.of(), List.of(), null, true);
  }

  static ParsedLine deadLetter(long eventTime, DeadLetter deadLetter) {
    return new ParsedLine(eventTime, List.of(), List.of(), deadLetter, false);
  }

  /** Whether the line was blank, so it is not a record at all. */
  public boolean blank() {
    return calls.isEmpty() && agents.isEmpty() && deadLetter == null && !ignored;
  }

  /** Whether the line's switch time could be read (even if the line was then set aside). */
  public boolean hasEventTime() {
    return eventTime > 0;
  }

  /**
   * Hands the events or dead letter to the sink and counts the record; blank lines count nothing.
   */
  public void deliver(EventSink sink, IngestMetrics metrics) {
    if (blank()) {
      return;
    }
    metrics.recordRead();
    for (CallEvent event : calls) {
      sink.call(event);
      metrics.callEventParsed();
    }
    for (AgentEvent event : agents) {
      sink.agent(event);
      metrics.agentEventParsed();
    }
    if (deadLetter != null) {
      sink.deadLetter(deadLetter);
      metrics.deadLettered(deadLetter.reasonCode().name());
    }
    if (ignored) {
      metrics.recordIgnored();
    }
  }
}
