package io.callsight.ingest.sim;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How every agent behaves around calls: how fast they pick up, how often they miss a ringing call
 * (and are then paused by the switch), how punctual and present they are, the breaks they take and
 * how much their talk times differ from one another.
 *
 * @param answerDelay time from ringing to pick-up (kept below the ring timeout)
 * @param ringNoAnswerProbability the share of offered calls the agent lets ring out
 * @param ringTimeout how long the switch rings an agent before offering the call elsewhere
 * @param autoPause how long an agent who let a call ring out stays paused
 * @param absenceRate the share of shifts an agent does not turn up for
 * @param shiftJitter log-in, log-out and breaks happen up to this much before or after plan
 * @param breakStagger each agent's breaks are moved by up to this much (once per agent), so a team
 *     does not go on break all at once
 * @param breaks the breaks of every shift
 * @param paceCv how much agents' talk times differ (coefficient of variation of a per-agent factor)
 */
public record AgentBehaviour(
    Spread answerDelay,
    double ringNoAnswerProbability,
    Duration ringTimeout,
    Duration autoPause,
    double absenceRate,
    Duration shiftJitter,
    Duration breakStagger,
    List<BreakPlan> breaks,
    double paceCv) {

  /** Three-ring pick-up, a 3 % miss rate, two short breaks and lunch in a shift. */
  public static final AgentBehaviour DEFAULT =
      new AgentBehaviour(
          Spread.ofSeconds(4, 0.5),
          0.03,
          Duration.ofSeconds(15),
          Duration.ofSeconds(60),
          0.04,
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          List.of(
              new BreakPlan("break", 0.25, Duration.ofMinutes(15)),
              new BreakPlan("lunch", 0.5, Duration.ofMinutes(30)),
              new BreakPlan("break", 0.75, Duration.ofMinutes(15))),
          0.15);

  public AgentBehaviour {
    Objects.requireNonNull(answerDelay, "agents.answerDelay is required");
    Probability.require(ringNoAnswerProbability, "agents.ringNoAnswerProbability");
    Probability.require(absenceRate, "agents.absenceRate");
    if (ringTimeout == null || ringTimeout.compareTo(Duration.ofSeconds(2)) < 0) {
      throw new IllegalArgumentException(
          "agents.ringTimeout must be at least 2 s, was " + ringTimeout);
    }
    if (autoPause == null || autoPause.isNegative() || autoPause.isZero()) {
      throw new IllegalArgumentException("agents.autoPause must be positive, was " + autoPause);
    }
    if (shiftJitter == null || shiftJitter.isNegative()) {
      throw new IllegalArgumentException(
          "agents.shiftJitter must not be negative, was " + shiftJitter);
    }
    if (breakStagger == null || breakStagger.isNegative()) {
      throw new IllegalArgumentException(
          "agents.breakStagger must not be negative, was " + breakStagger);
    }
    Objects.requireNonNull(breaks, "agents.breaks is required");
    breaks =
        breaks.stream().sorted(Comparator.comparingDouble(BreakPlan::atShiftFraction)).toList();
    if (!(paceCv >= 0 && paceCv <= 1)) {
      throw new IllegalArgumentException("agents.paceCv must be within 0..1, was " + paceCv);
    }
  }

  public AgentBehaviour withRingNoAnswerProbability(double value) {
    return new AgentBehaviour(
        answerDelay,
        value,
        ringTimeout,
        autoPause,
        absenceRate,
        shiftJitter,
        breakStagger,
        breaks,
        paceCv);
  }

  public AgentBehaviour withPaceCv(double value) {
    return new AgentBehaviour(
        answerDelay,
        ringNoAnswerProbability,
        ringTimeout,
        autoPause,
        absenceRate,
        shiftJitter,
        breakStagger,
        breaks,
        value);
  }
}
