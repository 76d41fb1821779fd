package io.callsight.schemas;

/**
 * One queue's KPIs for one interval on {@code queue-kpi}. Counts and second totals are additive
 * (Druid can roll them up); the ratios are derived from them and null when undefined. A later row
 * for the same queue and interval with a higher {@code revision} corrects an earlier one.
 */
public record QueueKpi(
    String queue,
    String intervalStart,
    String intervalEnd,
    int revision,
    int slThresholdSeconds,
    ServiceLevelFormula slFormula,
    long offered,
    long answered,
    long abandoned,
    long shortAbandoned,
    long timedOut,
    long exitedWithKey,
    long exitedEmpty,
    long withdrawn,
    long answeredWithinThreshold,
    long abandonedWithinThreshold,
    Double serviceLevel,
    double answeredWaitSeconds,
    Double asaSeconds,
    Double waitP50Seconds,
    Double waitP90Seconds,
    Double maxWaitSeconds,
    double abandonedWaitSeconds,
    long handled,
    double talkSeconds,
    double holdSeconds,
    double afterCallWorkSeconds,
    Double avgTalkSeconds,
    Double avgHoldSeconds,
    Double avgAfterCallWorkSeconds,
    Double ahtSeconds,
    Double abandonRate,
    long transferred,
    Double transferRate,
    long held,
    long holds,
    Double holdRate,
    long repeatCallers,
    Double repeatCallerRate,
    long ringNoAnswer,
    long emittedAt) {

  public QueueKpi {
    Records.requireText(queue, "queue");
    Records.requireText(intervalStart, "intervalStart");
    Records.requireText(intervalEnd, "intervalEnd");
    java.util.Objects.requireNonNull(slFormula, "slFormula is required");
    Records.requireFraction(serviceLevel, "serviceLevel");
    Records.requireFraction(abandonRate, "abandonRate");
    Records.requireFraction(transferRate, "transferRate");
    Records.requireFraction(holdRate, "holdRate");
    Records.requireFraction(repeatCallerRate, "repeatCallerRate");
  }
}
