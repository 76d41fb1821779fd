package io.callsight.jobs.quality;

import io.callsight.quality.scorecard.AgentDay;
import io.callsight.quality.scorecard.AgentScorecard;
import io.callsight.quality.scorecard.Measure;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.AgentScorecardDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * An agent's day on the scorecard from what the day holds so far: the newest score of each call the
 * agent handled and the newest revision of each of the agent's KPI intervals.
 */
public final class ScorecardDays {
  private ScorecardDays() {}

  /** The day a call or an interval belongs to, in the centre's time zone. */
  public static LocalDate dayOf(long epochMillis, ZoneId zone) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
  }

  /** The day of an agent-kpi row: its interval's start. */
  public static LocalDate dayOf(AgentKpi row, ZoneId zone) {
    return dayOf(Instant.parse(row.intervalStart()).toEpochMilli(), zone);
  }

  /** The scorecard row of one agent's day. */
  public static AgentScorecardDay row(
      String agentId,
      LocalDate day,
      ZoneId zone,
      Collection<ScorecardCall> calls,
      Collection<AgentKpi> intervals,
      AgentScorecard card,
      int revision,
      long now) {
    AgentDay work = new AgentDay(agentId, day);
    for (ScorecardCall c : calls) {
      work.addScore(c.score(), c.autoFail(), c.complaint());
    }
    int handled = 0;
    for (AgentKpi k : intervals) {
      int handledHere = (int) k.handled();
      handled += handledHere;
      // agent-kpi gives the entry rate, not its denominator: weigh it by the calls handled, as
      // the Agent performance dashboard does.
      boolean entryKnown = k.entryRate() != null;
      work.addWork(
          handledHere,
          k.handleSeconds(),
          k.availableSeconds(),
          entryKnown ? (int) Math.round(k.entryRate() * handledHere) : 0,
          entryKnown ? handledHere : 0);
    }
    AgentScorecard.Row r = card.score(work);
    return new AgentScorecardDay(
        agentId,
        day.toString(),
        day.atStartOfDay(zone).toInstant().toEpochMilli(),
        revision,
        calls.size(),
        value(r, Measure.QA_SCORE),
        attainment(r, Measure.QA_SCORE),
        value(r, Measure.CRITICAL_ERROR_RATE),
        attainment(r, Measure.CRITICAL_ERROR_RATE),
        value(r, Measure.COMPLAINT_RATE),
        attainment(r, Measure.COMPLAINT_RATE),
        value(r, Measure.ENTRY_RATE),
        attainment(r, Measure.ENTRY_RATE),
        handled,
        attainment(r, Measure.CALLS_HANDLED),
        value(r, Measure.AHT_SECONDS),
        attainment(r, Measure.AHT_SECONDS),
        value(r, Measure.OCCUPANCY),
        attainment(r, Measure.OCCUPANCY),
        r.weightedAttainment(),
        now);
  }

  private static Double value(AgentScorecard.Row r, Measure m) {
    AgentScorecard.Result result = r.measures().get(m);
    return result == null ? null : result.value();
  }

  private static Double attainment(AgentScorecard.Row r, Measure m) {
    AgentScorecard.Result result = r.measures().get(m);
    return result == null ? null : result.attainment();
  }
}
