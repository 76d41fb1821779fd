package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.ingest.IngestMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MeteredOutputTest {
  @Test
  void countsEverySimulatedEventAsReadAndParsedUnderTheSimulatorSource() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MeteredOutput output =
        new MeteredOutput(
            new QueueLogWriter(new StringWriter()), new IngestMetrics(registry, "simulator"));

    SimulationSummary summary = Runs.run(Profiles.small(), 5, Duration.ofHours(12), output);

    assertThat(counter(registry, "callsight.ingest.records.read", null))
        .isEqualTo(summary.events());
    assertThat(counter(registry, "callsight.ingest.events.parsed", "call"))
        .isEqualTo(summary.callEvents());
    assertThat(counter(registry, "callsight.ingest.events.parsed", "agent"))
        .isEqualTo(summary.agentEvents());
  }

  private static double counter(SimpleMeterRegistry registry, String name, String kind) {
    var search = registry.get(name).tag("source", "simulator");
    return (kind == null ? search : search.tag("kind", kind)).counter().count();
  }
}
