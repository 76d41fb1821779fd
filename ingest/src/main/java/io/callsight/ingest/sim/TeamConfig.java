package io.callsight.ingest.sim;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A team of agents who serve the same queues on the same daily shift.
 *
 * @param queues the queues the team's agents take calls from (their skills)
 * @param shiftStart local time the shift starts, every day
 * @param shiftLength how long the shift lasts (may run past midnight)
 */
public record TeamConfig(
    String name, int agents, List<String> queues, LocalTime shiftStart, Duration shiftLength) {

  public TeamConfig {
    Names.require(name, "team name");
    if (agents < 0) {
      throw new IllegalArgumentException("team " + name + ": agents must not be negative");
    }
    Objects.requireNonNull(queues, () -> "team " + name + ": queues are required");
    queues = List.copyOf(queues);
    if (queues.isEmpty() || queues.stream().distinct().count() != queues.size()) {
      throw new IllegalArgumentException(
          "team " + name + ": queues must name at least one queue, each once, was " + queues);
    }
    Objects.requireNonNull(shiftStart, () -> "team " + name + ": shiftStart is required");
    if (shiftLength == null
        || shiftLength.compareTo(Duration.ofMinutes(1)) < 0
        || shiftLength.compareTo(Duration.ofHours(24)) >= 0) {
      throw new IllegalArgumentException(
          "team " + name + ": shiftLength must be from 1 minute to under 24 h, was " + shiftLength);
    }
  }

  public TeamConfig withAgents(int value) {
    return new TeamConfig(name, value, queues, shiftStart, shiftLength);
  }
}
