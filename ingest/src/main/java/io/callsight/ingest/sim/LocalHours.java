package io.callsight.ingest.sim;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The local hour of day of epoch times in one zone; remembers the current hour's bounds, so only
 * crossing into another hour touches the zone rules (and daylight saving is still right).
 */
final class LocalHours {
  private final ZoneId zone;
  private long from = Long.MAX_VALUE;
  private long until = Long.MIN_VALUE;
  private int hour;

  LocalHours(ZoneId zone) {
    this.zone = zone;
  }

  int hourOf(long epochMillis) {
    if (epochMillis < from || epochMillis >= until) {
      ZonedDateTime start =
          Instant.ofEpochMilli(epochMillis).atZone(zone).truncatedTo(ChronoUnit.HOURS);
      hour = start.getHour();
      from = start.toInstant().toEpochMilli();
      until = start.plusHours(1).toInstant().toEpochMilli();
    }
    return hour;
  }
}
