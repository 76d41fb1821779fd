package io.callsight.jobs.kpi;

import io.callsight.schemas.AgentKpi;

/** One agent's time and counts over one interval. A mutable POJO for Flink state. */
public final class AgentIntervalStats {
  public long answered;
  public long handled;
  public long talkMs;
  public long holdMs;
  public long afterCallWorkMs;
  public long availableMs;
  public long notReadyMs;
  public long staffedMs;
  public long ringNoAnswer;
  public long transferred;
  public long holds;
  public long casesEntered;

  /** Wrap-ups whose case entry the switch reported: the entry rate's denominator. */
  public long entriesReported;

  public AgentIntervalStats() {}

  /** Adds time spent in one state; negative time takes it back. */
  void accrue(AgentState s, long ms) {
    if (ms == 0) {
      return;
    }
    if (s.staffed()) {
      staffedMs += ms;
    }
    switch (s.effective()) {
      case ON_CALL -> talkMs += ms;
      case ON_HOLD -> holdMs += ms;
      case AFTER_CALL_WORK -> afterCallWorkMs += ms;
      case READY -> availableMs += ms;
      case NOT_READY -> notReadyMs += ms;
      case LOGGED_OUT -> {}
    }
  }

  public boolean isEmpty() {
    return staffedMs == 0
        && answered == 0
        && handled == 0
        && ringNoAnswer == 0
        && afterCallWorkMs == 0
        && casesEntered == 0;
  }

  public AgentKpi toRow(
      String agentId, String intervalStart, String intervalEnd, int revision, long emittedAt) {
    long handleMs = talkMs + holdMs + afterCallWorkMs;
    return new AgentKpi(
        agentId,
        intervalStart,
        intervalEnd,
        revision,
        answered,
        handled,
        talkMs / 1000.0,
        holdMs / 1000.0,
        afterCallWorkMs / 1000.0,
        handleMs / 1000.0,
        handled == 0 ? null : handleMs / 1000.0 / handled,
        availableMs / 1000.0,
        notReadyMs / 1000.0,
        staffedMs / 1000.0,
        handleMs + availableMs == 0 ? null : (double) handleMs / (handleMs + availableMs),
        staffedMs == 0 ? null : Math.min(1.0, (double) handleMs / staffedMs),
        ringNoAnswer,
        transferred,
        holds,
        casesEntered,
        entriesReported == 0 ? null : Math.min(1.0, (double) casesEntered / entriesReported),
        emittedAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgentIntervalStats s
        && s.answered == answered
        && s.handled == handled
        && s.talkMs == talkMs
        && s.holdMs == holdMs
        && s.afterCallWorkMs == afterCallWorkMs
        && s.availableMs == availableMs
        && s.notReadyMs == notReadyMs
        && s.staffedMs == staffedMs
        && s.ringNoAnswer == ringNoAnswer
        && s.transferred == transferred
        && s.holds == holds
        && s.casesEntered == casesEntered
        && s.entriesReported == entriesReported;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(staffedMs * 31 + handled);
  }
}
