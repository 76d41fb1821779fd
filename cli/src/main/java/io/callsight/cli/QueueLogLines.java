package io.callsight.cli;

import io.callsight.ingest.asterisk.ParsedLine;
import io.callsight.ingest.asterisk.QueueLogParser;
import io.callsight.jobs.flink.DeadLetters;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Turns queue_log lines into call events (main output), agent events and dead letters (side
 * outputs) inside Flink, with the same parser the live adapter uses. Runs at parallelism 1 over one
 * file, so line numbers are exact.
 */
final class QueueLogLines extends ProcessFunction<String, CallEvent> {
  static final OutputTag<AgentEvent> AGENTS =
      new OutputTag<>("agent-events", TypeInformation.of(AgentEvent.class));

  private final QueueLogParser parser;
  private final String fileName;
  private transient long lineNumber;

  QueueLogLines(QueueLogParser parser, String fileName) {
    this.parser = parser;
    this.fileName = fileName;
  }

  @Override
  public void processElement(String line, Context ctx, Collector<CallEvent> out) {
    lineNumber++;
    ParsedLine parsed = parser.parse(line, fileName + ":" + lineNumber);
    parsed.calls().forEach(out::collect);
    parsed.agents().forEach(a -> ctx.output(AGENTS, a));
    if (parsed.deadLetter() != null) {
      ctx.output(DeadLetters.TAG, parsed.deadLetter());
    }
  }
}
