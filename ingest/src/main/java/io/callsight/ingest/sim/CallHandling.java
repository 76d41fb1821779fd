package io.callsight.ingest.sim;

import java.util.List;
import java.util.Objects;

/**
 * How agents handle a queue's calls once answered: talk time, holds, transfers, after-call work and
 * how often a case is entered.
 *
 * @param talk talk time, holds excluded
 * @param holdProbability the share of calls put on hold at least once
 * @param maxHolds a held call is held between 1 and this many times (uniformly)
 * @param hold the length of one hold
 * @param wrapup after-call work
 * @param transferProbability the share of answered calls that the agent transfers away
 * @param transferTargets where transfers go: a queue's name (the call re-enters that queue) or any
 *     other extension (the call leaves the centre)
 * @param caseEntryRate the share of calls for which the agent enters a case
 */
public record CallHandling(
    Spread talk,
    double holdProbability,
    int maxHolds,
    Spread hold,
    Spread wrapup,
    double transferProbability,
    List<String> transferTargets,
    double caseEntryRate) {

  /** A general service line: four-minute calls, a few holds, 45 s of wrap-up, 4 % transfers. */
  public static final CallHandling DEFAULT =
      new CallHandling(
          Spread.ofSeconds(240, 0.8),
          0.15,
          2,
          Spread.ofSeconds(45, 0.8),
          Spread.ofSeconds(45, 0.6),
          0.04,
          List.of("2000"),
          0.92);

  public CallHandling {
    Objects.requireNonNull(talk, "talk is required");
    Objects.requireNonNull(hold, "hold is required");
    Objects.requireNonNull(wrapup, "wrapup is required");
    Probability.require(holdProbability, "holdProbability");
    Probability.require(transferProbability, "transferProbability");
    Probability.require(caseEntryRate, "caseEntryRate");
    if (maxHolds < 1) {
      throw new IllegalArgumentException("maxHolds must be at least 1, was " + maxHolds);
    }
    Objects.requireNonNull(transferTargets, "transferTargets is required");
    transferTargets = List.copyOf(transferTargets);
    if (transferProbability > 0 && transferTargets.isEmpty()) {
      throw new IllegalArgumentException("transferTargets must name at least one target");
    }
    for (String target : transferTargets) {
      Names.require(target, "transfer target");
    }
  }

  /** The same handling with other transfer targets. */
  public CallHandling withTransferTargets(List<String> targets) {
    return new CallHandling(
        talk, holdProbability, maxHolds, hold, wrapup, transferProbability, targets, caseEntryRate);
  }

  /** The mean handle time (talk + hold + wrap-up) in seconds, for sizing arrivals to staff. */
  public double meanHandleSeconds() {
    double meanHolds = holdProbability * (1 + maxHolds) / 2.0;
    return (talk.meanMillis() + meanHolds * hold.meanMillis() + wrapup.meanMillis()) / 1000.0;
  }
}
