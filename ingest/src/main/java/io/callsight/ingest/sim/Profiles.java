package io.callsight.ingest.sim;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Named centres to simulate: {@code small} (2 queues, 20 agents, for demos and tests), {@code
 * medium} (10 queues, 500 agents) and {@code large} (50 queues × 2,000 agents, for benchmarks). All
 * run around the clock in Asia/Shanghai time, with thin night cover.
 */
public final class Profiles {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Map<String, Supplier<SimulationConfig>> NAMED =
      Map.of("small", Profiles::small, "medium", Profiles::medium, "large", Profiles::large);
  private static final List<String> LINES =
      List.of(
          "sales",
          "support",
          "billing",
          "claims",
          "technical",
          "retention",
          "orders",
          "returns",
          "accounts",
          "enquiries");

  /** Shift patterns of the uniform centres: start, length and share of each queue's agents. */
  private record Shift(String name, LocalTime start, Duration length, double share) {}

  private static final List<Shift> SHIFTS =
      List.of(
          new Shift("early", LocalTime.of(7, 0), Duration.ofHours(8), 0.30),
          new Shift("day", LocalTime.of(9, 0), Duration.ofMinutes(510), 0.27),
          new Shift("late", LocalTime.of(14, 0), Duration.ofHours(8), 0.33),
          new Shift("night", LocalTime.of(22, 0), Duration.ofHours(9), 0.10));

  private Profiles() {}

  /** The profile called {@code name}. */
  public static SimulationConfig named(String name) {
    Supplier<SimulationConfig> profile = NAMED.get(name);
    if (profile == null) {
      throw new IllegalArgumentException(
          "unknown profile '" + name + "': choose one of " + names());
    }
    return profile.get();
  }

  public static List<String> names() {
    return List.of("small", "medium", "large");
  }

  /**
   * A sales line and a support line with different call lengths; 20 agents on early, day (blended),
   * late and night shifts; a zh-CN service-level threshold of 15 s (three rings).
   */
  public static SimulationConfig small() {
    QueueConfig sales =
        QueueConfig.named("sales", 40)
            .withServiceLevelThreshold(Duration.ofSeconds(15))
            .withHandling(
                new CallHandling(
                    Spread.ofSeconds(180, 0.8),
                    0.10,
                    2,
                    Spread.ofSeconds(40, 0.8),
                    Spread.ofSeconds(30, 0.6),
                    0.05,
                    List.of("support"),
                    0.90));
    QueueConfig support =
        QueueConfig.named("support", 45)
            .withServiceLevelThreshold(Duration.ofSeconds(15))
            .withPatience(CallerPatience.DEFAULT.withMaxWait(Duration.ofMinutes(10)))
            .withHandling(
                new CallHandling(
                    Spread.ofSeconds(300, 0.8),
                    0.25,
                    3,
                    Spread.ofSeconds(50, 0.8),
                    Spread.ofSeconds(60, 0.6),
                    0.06,
                    List.of("sales", "2000"),
                    0.93));
    List<String> both = List.of("sales", "support");
    return new SimulationConfig(
        ZONE,
        List.of(sales, support),
        List.of(
            team("sales-early", 3, List.of("sales"), 7, 0, Duration.ofHours(8)),
            team("support-early", 4, List.of("support"), 7, 0, Duration.ofHours(8)),
            team("blended-day", 4, both, 9, 0, Duration.ofHours(9)),
            team("sales-late", 3, List.of("sales"), 13, 0, Duration.ofHours(9)),
            team("support-late", 4, List.of("support"), 13, 0, Duration.ofHours(9)),
            team("night", 2, both, 22, 0, Duration.ofHours(9))),
        AgentBehaviour.DEFAULT,
        CallerConfig.DEFAULT);
  }

  /** Ten lines of business with 50 agents each. */
  public static SimulationConfig medium() {
    return uniform(10, 50, CallHandling.DEFAULT);
  }

  /**
   * Fifty queues of 2,000 agents each (100,000 agents) with brisk three-minute calls: about 1,300
   * events/s at the 10:00 peak in real time (so {@code --speed 4} drives about 5,000 events/s) and
   * over a million events per second of one core as fast as possible.
   */
  public static SimulationConfig large() {
    CallHandling brisk =
        new CallHandling(
            Spread.ofSeconds(150, 0.8),
            0.12,
            2,
            Spread.ofSeconds(30, 0.8),
            Spread.ofSeconds(20, 0.6),
            0.04,
            List.of("2000"),
            0.92);
    return uniform(50, 2000, brisk);
  }

  /**
   * {@code queues} alike queues with {@code agentsPerQueue} agents each over four shifts (the day
   * shift also serves the next queue), arrivals sized so the morning peak keeps the agents on shift
   * about 85 % occupied. Queues transfer to the next queue where the handling names no other
   * target.
   */
  public static SimulationConfig uniform(int queues, int agentsPerQueue, CallHandling handling) {
    if (queues < 1 || agentsPerQueue < 1) {
      throw new IllegalArgumentException("a uniform centre needs queues and agents");
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < queues; i++) {
      String line = LINES.get(i % LINES.size());
      names.add(queues <= LINES.size() ? line : line + "-" + (i / LINES.size() + 1));
    }
    double peakAgents = agentsPerQueue * (SHIFTS.get(0).share() + SHIFTS.get(1).share());
    double onPhonesAtPeak = peakAgents * 0.85 * 0.85;
    double arrivalsPerHour = onPhonesAtPeak * 3600 / handling.meanHandleSeconds();
    List<QueueConfig> queueConfigs = new ArrayList<>();
    List<TeamConfig> teams = new ArrayList<>();
    for (int i = 0; i < queues; i++) {
      String name = names.get(i);
      String next = names.get((i + 1) % queues);
      CallHandling own =
          queues > 1 ? handling.withTransferTargets(List.of(next, "2000")) : handling;
      queueConfigs.add(QueueConfig.named(name, arrivalsPerHour).withHandling(own));
      double share = 0;
      long staffed = 0;
      for (Shift shift : SHIFTS) {
        List<String> skills =
            shift.name().equals("day") && queues > 1 ? List.of(name, next) : List.of(name);
        // Rounding the running total keeps the shifts' head counts adding up to agentsPerQueue.
        share += shift.share();
        long upTo = Math.round(agentsPerQueue * share);
        teams.add(
            new TeamConfig(
                name + "-" + shift.name(),
                (int) (upTo - staffed),
                skills,
                shift.start(),
                shift.length()));
        staffed = upTo;
      }
    }
    return new SimulationConfig(
        ZONE, queueConfigs, teams, AgentBehaviour.DEFAULT, CallerConfig.DEFAULT);
  }

  private static TeamConfig team(
      String name, int agents, List<String> queues, int hour, int minute, Duration length) {
    return new TeamConfig(name, agents, queues, LocalTime.of(hour, minute), length);
  }
}
