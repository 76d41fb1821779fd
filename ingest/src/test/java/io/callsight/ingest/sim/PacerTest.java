package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.testkit.CallScript;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PacerTest {
  @Test
  void asFastAsPossibleNeverWaitsAndEventsCarryTheSimulatedTime() {
    Pacer pacer = Pacer.asFastAsPossible(Instant.ofEpochMilli(1_000_000));

    assertThat(pacer.start()).isEqualTo(1_000_000);
    assertThat(pacer.eventTime(5_000_000)).isEqualTo(5_000_000);
    assertThat(pacer.nanosUntil(Long.MAX_VALUE / 2)).isZero();
  }

  @Test
  void realTimeShrinksSimulatedTimeByTheSpeedIntoWallClockTime() {
    Pacer.WallClock pacer = new Pacer.WallClock(1_000_000, System.nanoTime(), 10);

    assertThat(pacer.eventTime(1_000_000)).isEqualTo(1_000_000);
    assertThat(pacer.eventTime(1_600_000)).isEqualTo(1_060_000);
    assertThat(pacer.nanosUntil(1_000_000 + 3_600_000))
        .isGreaterThan(Duration.ofSeconds(300).toNanos());
  }

  @Test
  void realTimeNeedsAPositiveSpeed() {
    assertThatThrownBy(() -> Pacer.realtime(0)).hasMessageContaining("speed");
  }

  @Test
  void realTimeEventsCarryTheWallClockTimeTheyAreWrittenAt() {
    TimelineSink sink = new TimelineSink();
    long before = System.currentTimeMillis();
    // Half an hour of the centre in about a second of wall-clock time.
    new Simulation(
            Profiles.small(),
            9,
            Pacer.realtime(1800),
            new CanonicalEventWriter(sink, CallScript.CALLER_IDS))
        .run(RunLimits.simulated(Duration.ofMinutes(30)));
    long after = System.currentTimeMillis();

    assertThat(sink.events).isNotEmpty();
    assertThat(sink.calls())
        .allSatisfy(e -> assertThat(e.eventTime()).isBetween(before, after))
        .allSatisfy(e -> assertThat(e.waitMs() == null || e.waitMs() <= after - before).isTrue());
    assertThat(sink.agents()).extracting(AgentEvent::eventTime).allMatch(t -> t >= before);
    assertThat(sink.calls()).extracting(CallEvent::eventTime).isSorted();
  }
}
