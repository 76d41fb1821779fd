package io.callsight.jobs.quality;

import io.callsight.schemas.ScoredCall;

/**
 * A scored call as the agent scorecard counts it: its score, whether it auto-failed, its category,
 * and the rule-set version that decides which score of the call is the newest. The names are {@link
 * ScoredCall}'s, so a whole call-score read as JSON gives the same values.
 */
public record ScorecardCall(int ruleSetVersion, double score, boolean autoFail, String category) {

  public static ScorecardCall of(ScoredCall c) {
    return new ScorecardCall(c.ruleSetVersion(), c.score(), c.autoFail(), c.category());
  }

  public boolean complaint() {
    return "complaint".equals(category);
  }
}
