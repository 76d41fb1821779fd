package io.callsight.cli;

import io.callsight.druid.DruidClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's wall-board read back from Druid: one line per queue from its newest queue_snapshot
 * row, so what is printed is what Druid (and so Grafana) serves.
 */
final class DruidWallBoard {
  static final String SQL =
      "SELECT queue, LATEST(callsWaiting) AS callsWaiting,"
          + " LATEST(longestWaitSeconds) AS longestWaitSeconds,"
          + " LATEST(agentsStaffed) AS agentsStaffed, LATEST(agentsReady) AS agentsReady,"
          + " LATEST(agentsOnCall) AS agentsOnCall,"
          + " LATEST(agentsAfterCallWork) AS agentsAfterCallWork,"
          + " LATEST(agentsNotReady) AS agentsNotReady,"
          + " LATEST(intervalServiceLevel) AS sl, LATEST(intervalAsaSeconds) AS asa,"
          + " LATEST(intervalAbandonRate) AS abandonRate, LATEST(agentsNeeded) AS needed,"
          + " LATEST(dayOffered) AS dayOffered, LATEST(dayAnswered) AS dayAnswered"
          + " FROM queue_snapshot GROUP BY queue ORDER BY queue";

  private final DruidClient druid;

  DruidWallBoard(DruidClient druid) {
    this.druid = druid;
  }

  /** The newest row of every queue, as column → value maps. */
  List<Map<String, Object>> rows() {
    return druid.sql(SQL).rowMaps();
  }

  /** One line per queue, like a wall-board shows it. */
  static List<String> lines(List<Map<String, Object>> rows) {
    List<String> lines = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-10s waiting %3d  longest %4.0fs | agents %3d: %3d ready %3d on call %3d wrap-up"
                  + " %3d paused | SL %s  ASA %s  abandoned %s | need %s",
              r.get("queue"),
              number(r, "callsWaiting").longValue(),
              number(r, "longestWaitSeconds").doubleValue(),
              number(r, "agentsStaffed").longValue(),
              number(r, "agentsReady").longValue(),
              number(r, "agentsOnCall").longValue(),
              number(r, "agentsAfterCallWork").longValue(),
              number(r, "agentsNotReady").longValue(),
              percent(r.get("sl")),
              r.get("asa") == null
                  ? "  - "
                  : String.format(Locale.ROOT, "%3.0fs", ((Number) r.get("asa")).doubleValue()),
              percent(r.get("abandonRate")),
              r.get("needed") == null ? "-" : number(r, "needed").longValue()));
    }
    return lines;
  }

  private static Number number(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v instanceof Number n ? n : 0;
  }

  private static String percent(Object v) {
    return v instanceof Number n
        ? String.format(Locale.ROOT, "%3.0f%%", n.doubleValue() * 100)
        : "  - ";
  }
}
