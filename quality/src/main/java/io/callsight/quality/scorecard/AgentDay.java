package io.callsight.quality.scorecard;

import io.callsight.quality.score.CallScore;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one agent did in one day, as counts and totals from the call scores and the agent's KPI
 * rows; the scorecard's measures are ratios of these. Mutable: add to it as rows arrive.
 */
public final class AgentDay {
  private final String agentId;
  private final LocalDate day;
  private int callsScored;
  private double scoreSum;
  private int autoFails;
  private int complaints;
  private int callsHandled;
  private int casesEntered;
  private int wrapUpsWithEntryKnown;
  private double handleSeconds;
  private double availableSeconds;

  public AgentDay(String agentId, LocalDate day) {
    this.agentId = agentId;
    this.day = day;
  }

  /** Counts one scored call: its score, whether it auto-failed, whether it was a complaint. */
  public AgentDay addScore(CallScore score) {
    return addScore(score.score(), score.autoFail(), "complaint".equals(score.category()));
  }

  public AgentDay addScore(double score, boolean autoFail, boolean complaint) {
    callsScored++;
    scoreSum += score;
    autoFails += autoFail ? 1 : 0;
    complaints += complaint ? 1 : 0;
    return this;
  }

  /** Adds an interval of the agent's KPIs (agent-kpi row values). */
  public AgentDay addWork(
      int handled,
      double handleSeconds,
      double availableSeconds,
      int casesEntered,
      int wrapUpsWithEntryKnown) {
    this.callsHandled += handled;
    this.handleSeconds += handleSeconds;
    this.availableSeconds += availableSeconds;
    this.casesEntered += casesEntered;
    this.wrapUpsWithEntryKnown += wrapUpsWithEntryKnown;
    return this;
  }

  public String agentId() {
    return agentId;
  }

  public LocalDate day() {
    return day;
  }

  /** The measures this day has data for (a ratio without a denominator is left out). */
  public Map<Measure, Double> measures() {
    Map<Measure, Double> m = new EnumMap<>(Measure.class);
    if (callsScored > 0) {
      m.put(Measure.QA_SCORE, scoreSum / callsScored);
      m.put(Measure.CRITICAL_ERROR_RATE, (double) autoFails / callsScored);
    }
    if (callsHandled > 0) {
      m.put(Measure.COMPLAINT_RATE, (double) complaints / callsHandled);
      m.put(Measure.AHT_SECONDS, handleSeconds / callsHandled);
    }
    if (wrapUpsWithEntryKnown > 0) {
      m.put(Measure.ENTRY_RATE, (double) casesEntered / wrapUpsWithEntryKnown);
    }
    m.put(Measure.CALLS_HANDLED, (double) callsHandled);
    if (handleSeconds + availableSeconds > 0) {
      m.put(Measure.OCCUPANCY, handleSeconds / (handleSeconds + availableSeconds));
    }
    return m;
  }
}
