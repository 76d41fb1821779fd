package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulationDeterminismTest {
  private static final Duration SPAN = Duration.ofHours(6);

  @Test
  void theSameSeedGivesTheSameEvents() {
    TimelineSink first = Runs.canonical(Profiles.small(), 42, SPAN);
    TimelineSink second = Runs.canonical(Profiles.small(), 42, SPAN);

    assertThat(first.events).hasSizeGreaterThan(100).isEqualTo(second.events);
  }

  @Test
  void theSameSeedWritesTheSameQueueLogByteForByte() {
    assertThat(queueLog(42)).isNotEmpty().isEqualTo(queueLog(42));
  }

  @Test
  void anotherSeedGivesOtherEvents() {
    TimelineSink first = Runs.canonical(Profiles.small(), 42, SPAN);
    TimelineSink other = Runs.canonical(Profiles.small(), 43, SPAN);

    assertThat(other.events).isNotEqualTo(first.events);
    assertThat(other.calls().get(0).callId()).isNotEqualTo(first.calls().get(0).callId());
  }

  private static String queueLog(long seed) {
    StringWriter text = new StringWriter();
    Runs.run(Profiles.small(), seed, SPAN, new QueueLogWriter(text));
    return text.toString();
  }
}
