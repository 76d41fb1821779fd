package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationConfigTest {
  private static final SimulationConfig SMALL = Profiles.small();

  @Test
  void profilesHaveTheAdvertisedSize() {
    assertThat(Profiles.named("small").queues()).hasSize(2);
    assertThat(Profiles.named("small").agentCount()).isEqualTo(20);
    assertThat(Profiles.named("medium").queues()).hasSize(10);
    assertThat(Profiles.named("medium").agentCount()).isEqualTo(500);
    assertThat(Profiles.named("large").queues()).hasSize(50);
    assertThat(Profiles.named("large").agentCount()).isEqualTo(100_000);
  }

  @Test
  void unknownProfilesAreRejectedListingTheKnownOnes() {
    assertThatThrownBy(() -> Profiles.named("huge"))
        .hasMessageContaining("huge")
        .hasMessageContaining("small");
  }

  @Test
  void theDefaultCurveIsQuietAtNightAndPeaksMidMorningAndMidAfternoon() {
    DailyCurve curve = DailyCurve.CONTACT_CENTRE;

    assertThat(curve.at(3)).isLessThan(0.1);
    assertThat(curve.peak()).isEqualTo(curve.at(10));
    assertThat(curve.at(15)).isGreaterThan(curve.at(12)).isGreaterThan(curve.at(18));
  }

  @Test
  void staffScaleRoundsEveryTeamAndArrivalScaleMultipliesEveryQueue() {
    SimulationConfig cut = SMALL.scaleStaff(0.5).scaleArrivals(3);

    assertThat(cut.teams()).extracting(TeamConfig::agents).containsExactly(2, 2, 2, 2, 2, 1);
    assertThat(cut.queues().get(1).arrivalsPerHour())
        .isEqualTo(SMALL.queues().get(1).arrivalsPerHour() * 3);
  }

  @Test
  void rejectsBadValuesNamingTheOption() {
    QueueConfig sales = SMALL.queues().get(0);
    assertRejected(() -> sales.withArrivalsPerHour(-1), "queue sales: arrivalsPerHour");
    assertRejected(() -> new DailyCurve(Collections.nCopies(23, 1.0)), "24 hourly multipliers");
    assertRejected(() -> sales.withServiceLevelThreshold(Duration.ZERO), "serviceLevelThreshold");
    assertRejected(() -> Spread.ofSeconds(0, 1), "mean must be positive");
    assertRejected(() -> new CallerPatience(Spread.ofSeconds(60, 1), 1.5, null), "keyExitShare");
    assertRejected(
        () -> new CallerConfig(0, 0.1, 0.1, Duration.ofHours(1), Duration.ofHours(1)),
        "callers.population");
    assertRejected(
        () -> SMALL.withQueues(List.of(sales, sales)), "queue sales is configured twice");
    assertRejected(
        () -> SMALL.withQueues(List.of(sales.withHandling(CallHandling.DEFAULT))),
        "team support-early: queue support is not configured");
    assertRejected(
        () ->
            SMALL.withQueues(
                List.of(
                    sales.withHandling(CallHandling.DEFAULT.withTransferTargets(List.of("sales"))),
                    SMALL.queues().get(1))),
        "transferTargets must not name the queue itself");
    assertRejected(
        () ->
            new TeamConfig("night", 2, List.of("sales"), LocalTime.MIDNIGHT, Duration.ofHours(24)),
        "team night: shiftLength");
    assertRejected(() -> QueueConfig.named("sales|vip", 10), "queue name");
    assertRejected(
        () -> AgentBehaviour.DEFAULT.withRingNoAnswerProbability(2),
        "agents.ringNoAnswerProbability");
  }

  private static void assertRejected(Runnable build, String message) {
    assertThatThrownBy(build::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
