package io.callsight.schemas;

/**
 * One agent's productivity for one interval on {@code agent-kpi}: what the seed-002 scorecard needs
 * (handle time and its parts, occupancy, utilisation, entry rate). Second totals are additive;
 * ratios are null when undefined. A higher {@code revision} corrects an earlier row.
 */
public record AgentKpi(
    String agentId,
    String intervalStart,
    String intervalEnd,
    int revision,
    long answered,
    long handled,
    double talkSeconds,
    double holdSeconds,
    double afterCallWorkSeconds,
    double handleSeconds,
    Double ahtSeconds,
    double availableSeconds,
    double notReadySeconds,
    double staffedSeconds,
    Double occupancy,
    Double utilisation,
    long ringNoAnswer,
    long transferred,
    long holds,
    long casesEntered,
    Double entryRate,
    long emittedAt) {

  public AgentKpi {
    Records.requireText(agentId, "agentId");
    Records.requireText(intervalStart, "intervalStart");
    Records.requireText(intervalEnd, "intervalEnd");
    Records.requireFraction(occupancy, "occupancy");
    Records.requireFraction(utilisation, "utilisation");
  }
}
