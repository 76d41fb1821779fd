package io.callsight.ingest.sim;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that describes a simulated contact centre: its time zone (the daily curve and shifts
 * are local), queues, agent teams, agent behaviour and callers. Validated as a whole when built.
 */
public record SimulationConfig(
    ZoneId zone,
    List<QueueConfig> queues,
    List<TeamConfig> teams,
    AgentBehaviour agents,
    CallerConfig callers) {

  public SimulationConfig {
    Objects.requireNonNull(zone, "zone is required");
    Objects.requireNonNull(agents, "agents is required");
    Objects.requireNonNull(callers, "callers is required");
    queues = List.copyOf(Objects.requireNonNull(queues, "queues are required"));
    teams = List.copyOf(Objects.requireNonNull(teams, "teams are required"));
    if (queues.isEmpty()) {
      throw new IllegalArgumentException("queues must name at least one queue");
    }
    Set<String> queueNames = new HashSet<>();
    for (QueueConfig q : queues) {
      if (!queueNames.add(q.name())) {
        throw new IllegalArgumentException("queue " + q.name() + " is configured twice");
      }
    }
    for (QueueConfig q : queues) {
      if (q.handling().transferTargets().contains(q.name())) {
        throw new IllegalArgumentException(
            "queue " + q.name() + ": transferTargets must not name the queue itself");
      }
    }
    Set<String> teamNames = new HashSet<>();
    for (TeamConfig t : teams) {
      if (!teamNames.add(t.name())) {
        throw new IllegalArgumentException("team " + t.name() + " is configured twice");
      }
      for (String q : t.queues()) {
        if (!queueNames.contains(q)) {
          throw new IllegalArgumentException(
              "team "
                  + t.name()
                  + ": queue "
                  + q
                  + " is not configured (queues: "
                  + queueNames
                  + ")");
        }
      }
    }
  }

  /** The total number of agents over all teams. */
  public int agentCount() {
    return teams.stream().mapToInt(TeamConfig::agents).sum();
  }

  /** Every queue's arrival rate multiplied by {@code factor} (e.g. 1.3 for a busy day). */
  public SimulationConfig scaleArrivals(double factor) {
    if (!(factor >= 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("arrival scale must not be negative, was " + factor);
    }
    return withQueues(
        queues.stream().map(q -> q.withArrivalsPerHour(q.arrivalsPerHour() * factor)).toList());
  }

  /** Every team's head count multiplied by {@code factor} and rounded (e.g. 0.7 for sickness). */
  public SimulationConfig scaleStaff(double factor) {
    if (!(factor >= 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("staff scale must not be negative, was " + factor);
    }
    return withTeams(
        teams.stream().map(t -> t.withAgents((int) Math.round(t.agents() * factor))).toList());
  }

  public SimulationConfig withZone(ZoneId value) {
    return new SimulationConfig(value, queues, teams, agents, callers);
  }

  public SimulationConfig withQueues(List<QueueConfig> value) {
    return new SimulationConfig(zone, value, teams, agents, callers);
  }

  public SimulationConfig withTeams(List<TeamConfig> value) {
    return new SimulationConfig(zone, queues, value, agents, callers);
  }

  public SimulationConfig withAgents(AgentBehaviour value) {
    return new SimulationConfig(zone, queues, teams, value, callers);
  }
}
