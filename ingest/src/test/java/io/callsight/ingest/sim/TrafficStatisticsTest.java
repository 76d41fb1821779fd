package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The traffic has the statistics it is configured with, checked over four simulated weeks of the
 * small centre with tolerances a few standard errors wide.
 */
class TrafficStatisticsTest {
  private static final int DAYS = 28;
  private static final SimulationConfig SMALL = Profiles.small();

  private static List<CallEvent> calls;

  /** The first QUEUED of every call: arrivals (a transfer re-entering a queue is not one). */
  private static List<CallEvent> arrivals;

  @BeforeAll
  static void simulateFourWeeks() {
    calls = Runs.canonical(SMALL, 11, Duration.ofDays(DAYS)).calls();
    Set<String> seen = new HashSet<>();
    arrivals =
        calls.stream()
            .filter(e -> e.type() == CallEventType.QUEUED && seen.add(e.callId()))
            .toList();
  }

  @Test
  void arrivalsPerHourOfDayFollowTheDailyCurve() {
    for (QueueConfig queue : SMALL.queues()) {
      long[] perHour = new long[24];
      arrivals.stream()
          .filter(e -> e.queue().equals(queue.name()))
          .forEach(e -> perHour[localHour(e.eventTime())]++);
      for (int h = 0; h < 24; h++) {
        double expected = DAYS * queue.arrivalsPerHour() * queue.curve().at(h);
        // Poisson counts: four standard deviations either way.
        assertThat((double) perHour[h])
            .as("calls to %s at %02d:00", queue.name(), h)
            .isCloseTo(expected, within(4 * Math.sqrt(expected) + 1));
      }
    }
  }

  @Test
  void meanTalkTimeMatchesTheConfiguredMean() {
    // Agents all at the same pace: their individual pace would shift a small centre's mean.
    SimulationConfig evenPace = SMALL.withAgents(AgentBehaviour.DEFAULT.withPaceCv(0));
    List<CallEvent> talkEnds =
        Runs.canonical(evenPace, 17, Duration.ofDays(DAYS)).calls().stream()
            .filter(e -> e.type() == CallEventType.ENDED || e.type() == CallEventType.TRANSFERRED)
            .toList();
    for (QueueConfig queue : SMALL.queues()) {
      double meanTalk =
          talkEnds.stream()
              .filter(e -> e.queue().equals(queue.name()))
              .mapToLong(CallEvent::talkMs)
              .average()
              .orElseThrow();
      // Over 10,000 calls of cv 0.8 the standard error is under 1 %.
      double configured = queue.handling().talk().meanMillis();
      assertThat(meanTalk).as(queue.name()).isCloseTo(configured, within(configured * 0.04));
    }
  }

  @Test
  void holdsAndTransfersHappenAsOftenAsConfigured() {
    for (QueueConfig queue : SMALL.queues()) {
      List<CallEvent> talkEnds =
          calls.stream()
              .filter(e -> e.queue().equals(queue.name()))
              .filter(e -> e.type() == CallEventType.ENDED || e.type() == CallEventType.TRANSFERRED)
              .toList();
      double held =
          talkEnds.stream().filter(e -> e.holdMs() > 0).count() / (double) talkEnds.size();
      double transferred =
          talkEnds.stream().filter(e -> e.type() == CallEventType.TRANSFERRED).count()
              / (double) talkEnds.size();
      CallHandling handling = queue.handling();
      assertThat(held).isCloseTo(handling.holdProbability(), within(0.03));
      assertThat(transferred).isCloseTo(handling.transferProbability(), within(0.02));
    }
  }

  @Test
  void repeatCallersCallAgainWithinDays() {
    Map<String, Long> lastCall = new HashMap<>();
    List<Long> gaps = new ArrayList<>();
    for (CallEvent arrival : arrivals) {
      Long previous = lastCall.put(arrival.callerId(), arrival.eventTime());
      if (previous != null) {
        gaps.add(arrival.eventTime() - previous);
      }
    }
    double repeatShare = gaps.size() / (double) arrivals.size();
    long withinAWeek = gaps.stream().filter(g -> g < Duration.ofDays(7).toMillis()).count();

    // About 12 % of handled and 45 % of unanswered callers call again.
    assertThat(repeatShare).isBetween(0.08, 0.25);
    assertThat(withinAWeek).isGreaterThan(gaps.size() * 9L / 10);
  }

  @Test
  void abandonmentRisesWhenAgentsAreCut() {
    Duration span = Duration.ofDays(3);
    double staffed = abandonRate(Runs.run(SMALL, 13, span, new QueueLogWriter(new StringWriter())));
    double cut =
        abandonRate(
            Runs.run(SMALL.scaleStaff(0.6), 13, span, new QueueLogWriter(new StringWriter())));

    assertThat(staffed).isLessThan(0.15);
    assertThat(cut).isGreaterThan(staffed * 2).isGreaterThan(staffed + 0.05);
  }

  private static double abandonRate(SimulationSummary summary) {
    long offered = summary.queues().stream().mapToLong(QueueSummary::offered).sum();
    long abandoned = summary.queues().stream().mapToLong(QueueSummary::abandoned).sum();
    return abandoned / (double) offered;
  }

  private static int localHour(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).atZone(SMALL.zone()).getHour();
  }
}
