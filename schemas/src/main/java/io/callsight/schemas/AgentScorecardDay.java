package io.callsight.schemas;

/**
 * One agent's scorecard for one day on {@code agent-scorecard} (seed 002's 座席绩效考核), keyed by
 * agentId: each measure, its attainment of the centre's target range (0..1), and the weighted
 * attainment. Re-emitted with a higher revision as the day's scored calls and KPI rows arrive.
 */
public record AgentScorecardDay(
    String agentId,
    String day,
    long eventTime,
    int revision,
    int callsScored,
    Double qaScore,
    Double qaScoreAttainment,
    Double criticalErrorRate,
    Double criticalErrorRateAttainment,
    Double complaintRate,
    Double complaintRateAttainment,
    Double entryRate,
    Double entryRateAttainment,
    int callsHandled,
    Double callsHandledAttainment,
    Double ahtSeconds,
    Double ahtSecondsAttainment,
    Double occupancy,
    Double occupancyAttainment,
    Double weightedAttainment,
    long emittedAt) {

  public AgentScorecardDay {
    Records.requireText(agentId, "agentId");
    Records.requireText(day, "day");
    Records.requireEpochMillis(eventTime, "eventTime");
    Records.requireNonNegative(revision, "revision");
    Records.requireNonNegative(callsScored, "callsScored");
    Records.requireNonNegative(callsHandled, "callsHandled");
    Records.requireFraction(weightedAttainment, "weightedAttainment");
  }
}
