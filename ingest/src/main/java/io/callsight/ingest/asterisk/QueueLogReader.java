package io.callsight.ingest.asterisk;

import io.callsight.ingest.EventSink;
import io.callsight.ingest.IngestMetrics;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a whole queue_log file once, first line to last, into a sink (a bounded import). */
public final class QueueLogReader {
  private final QueueLogParser parser;
  private final EventSink sink;
  private final IngestMetrics metrics;

  public QueueLogReader(QueueLogParser parser, EventSink sink, IngestMetrics metrics) {
    this.parser = parser;
    this.sink = sink;
    this.metrics = metrics;
  }

  /** Reads the file to its end, flushes the sink and says what the file held. */
  public QueueLogTally read(Path file) throws IOException {
    QueueLogPipe pipe = new QueueLogPipe(parser, sink, metrics);
    try (LineCursor cursor = LineCursor.open(file, 0, 0)) {
      while (cursor.read(pipe::accept, true) > 0) {
        metrics.lagBytes(cursor.length() - cursor.offset());
      }
    }
    sink.flush();
    return pipe.tally();
  }
}
