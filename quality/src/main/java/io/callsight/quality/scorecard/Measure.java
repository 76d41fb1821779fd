package io.callsight.quality.scorecard;

import com.fasterxml.jackson.annotation.JsonValue;

/** The measures of the agent scorecard (seed 002's 座席绩效考核 table). */
public enum Measure {
  /** Mean quality score of the agent's scored calls (交易质量). */
  QA_SCORE("qaScore"),
  /** Scored calls with a critical error over scored calls (重大错误率). */
  CRITICAL_ERROR_RATE("criticalErrorRate"),
  /** Complaint calls over calls handled (客户投诉率). */
  COMPLAINT_RATE("complaintRate"),
  /** Cases entered over wrap-ups whose entry is known (录入率). */
  ENTRY_RATE("entryRate"),
  /** Calls handled in the day (每天处理电话数). */
  CALLS_HANDLED("callsHandled"),
  /** Average handle time in seconds (平均处理时间). */
  AHT_SECONDS("ahtSeconds"),
  /** Handle time over handle plus available time (座席利用率 by occupancy). */
  OCCUPANCY("occupancy");

  private final String code;

  Measure(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }
}
