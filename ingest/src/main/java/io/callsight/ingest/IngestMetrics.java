package io.callsight.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The metrics every ingest process exposes, tagged with its source: records read, events parsed,
 * records dead-lettered (by reason), and lag (how far behind the input it is).
 */
public final class IngestMetrics {
  private final MeterRegistry registry;
  private final String source;
  private final Counter read;
  private final Counter callEvents;
  private final Counter agentEvents;
  private final Counter recordings;
  private final Counter ignored;
  private final AtomicLong lagBytes = new AtomicLong();
  private final AtomicLong lagMillis = new AtomicLong();

  public IngestMetrics(MeterRegistry registry, String source) {
    this.registry = registry;
    this.source = source;
    this.read =
        Counter.builder("callsight.ingest.records.read")
            .description("Records read from the input (lines, AMI events, simulated events)")
            .tag("source", source)
            .register(registry);
    this.callEvents =
        Counter.builder("callsight.ingest.events.parsed")
            .description("Canonical events produced")
            .tag("source", source)
            .tag("kind", "call")
            .register(registry);
    this.agentEvents =
        Counter.builder("callsight.ingest.events.parsed")
            .description("Canonical events produced")
            .tag("source", source)
            .tag("kind", "agent")
            .register(registry);
    this.recordings =
        Counter.builder("callsight.ingest.events.parsed")
            .description("Canonical events produced")
            .tag("source", source)
            .tag("kind", "recording")
            .register(registry);
    this.ignored =
        Counter.builder("callsight.ingest.records.ignored")
            .description("Known records that carry nothing for analytics (QUEUESTART, INFO, ...)")
            .tag("source", source)
            .register(registry);
    Gauge.builder("callsight.ingest.lag.bytes", lagBytes, AtomicLong::get)
        .description("Bytes of input not yet read (file inputs)")
        .tag("source", source)
        .register(registry);
    Gauge.builder("callsight.ingest.lag.millis", lagMillis, AtomicLong::get)
        .description("Wall-clock time minus the time of the newest event read")
        .tag("source", source)
        .register(registry);
  }

  public void recordRead() {
    read.increment();
  }

  public void callEventParsed() {
    callEvents.increment();
  }

  public void agentEventParsed() {
    agentEvents.increment();
  }

  public void recordingAnnounced() {
    recordings.increment();
  }

  public void recordIgnored() {
    ignored.increment();
  }

  /** Counts a dead-lettered record under its reason code. */
  public void deadLettered(String reasonCode) {
    Counter.builder("callsight.ingest.records.dead.lettered")
        .description("Records set aside on the dead-letter topic")
        .tag("source", source)
        .tag("reason", reasonCode)
        .register(registry)
        .increment();
  }

  public void lagBytes(long bytes) {
    lagBytes.set(bytes);
  }

  /** Sets the time lag from the newest event's switch time. */
  public void newestEventTime(long epochMillis) {
    lagMillis.set(Math.max(0, System.currentTimeMillis() - epochMillis));
  }

  public MeterRegistry registry() {
    return registry;
  }
}
