package io.callsight.ingest.asterisk;

import io.callsight.ingest.EventSink;
import io.callsight.ingest.IngestMetrics;
import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses queue_log lines one after another and hands what comes out to the sink and the metrics,
 * warning when the switch clock goes backwards between lines.
 */
final class QueueLogPipe {
  private static final Logger LOG = LoggerFactory.getLogger(QueueLogPipe.class);

  private final QueueLogParser parser;
  private final EventSink sink;
  private final IngestMetrics metrics;
  private final Counter clockWentBack;
  private long previousEventTime;
  private long newestEventTime;
  private volatile QueueLogTally tally = QueueLogTally.ZERO;

  QueueLogPipe(QueueLogParser parser, EventSink sink, IngestMetrics metrics) {
    this.parser = parser;
    this.sink = sink;
    this.metrics = metrics;
    this.clockWentBack =
        Counter.builder("callsight.ingest.clock.backwards")
            .description(
                "Lines whose switch time is earlier than the line before (the KPI job sorts them"
                    + " out per call)")
            .tag("source", QueueLogParser.SOURCE)
            .register(metrics.registry());
  }

  void accept(String line, String location) {
    ParsedLine parsed = parser.parse(line, location);
    parsed.deliver(sink, metrics);
    boolean clockBack = parsed.hasEventTime() && parsed.eventTime() < previousEventTime;
    if (clockBack) {
      clockWentBack.increment();
      LOG.warn(
          "{}: the switch clock went back {} s from the line before",
          location,
          (previousEventTime - parsed.eventTime()) / 1000);
    }
    if (parsed.hasEventTime()) {
      previousEventTime = parsed.eventTime();
      if (parsed.eventTime() > newestEventTime) {
        newestEventTime = parsed.eventTime();
        metrics.newestEventTime(newestEventTime);
      }
    }
    tally = tally.plus(parsed, clockBack);
  }

  QueueLogTally tally() {
    return tally;
  }
}
