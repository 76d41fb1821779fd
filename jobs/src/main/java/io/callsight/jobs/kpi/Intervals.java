package io.callsight.jobs.kpi;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * How time is cut into KPI intervals: fixed lengths aligned to the centre's clock (15 minutes by
 * default), calendar days in the centre's time zone (DST-correct), or one interval for all time
 * (for replays of a whole file).
 */
public final class Intervals implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The start of the one interval of {@link #all()}. */
  public static final long ALL_START = 0L;

  private final long lengthMs;
  private final boolean days;
  private final ZoneId zone;

  private Intervals(long lengthMs, boolean days, ZoneId zone) {
    this.lengthMs = lengthMs;
    this.days = days;
    this.zone = zone;
  }

  /** Fixed-length intervals, aligned so that they start on whole multiples in {@code zone}. */
  public static Intervals fixed(Duration length, ZoneId zone) {
    if (length.isNegative()
        || length.isZero()
        || Duration.ofDays(1).toMillis() % length.toMillis() != 0) {
      throw new IllegalArgumentException(
          "interval " + length + " must divide a day evenly (e.g. PT15M, PT30M, PT1H)");
    }
    return new Intervals(length.toMillis(), false, zone);
  }

  public static Intervals days(ZoneId zone) {
    return new Intervals(0, true, zone);
  }

  public static Intervals all() {
    return new Intervals(Long.MAX_VALUE, false, ZoneId.of("UTC"));
  }

  /** Parses {@code PT15M}-style durations, {@code P1D} or {@code all}. */
  public static Intervals parse(String spec, ZoneId zone) {
    if (spec.equalsIgnoreCase("all")) {
      return all();
    }
    if (spec.equalsIgnoreCase("P1D")) {
      return days(zone);
    }
    try {
      return fixed(Duration.parse(spec), zone);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "interval '" + spec + "' is not PT15M-style, P1D or all", e);
    }
  }

  public boolean isAll() {
    return lengthMs == Long.MAX_VALUE;
  }

  /** Start of the interval holding time {@code t} (epoch ms). */
  public long startOf(long t) {
    if (isAll()) {
      return ALL_START;
    }
    Instant instant = Instant.ofEpochMilli(t);
    if (days) {
      return LocalDate.ofInstant(instant, zone).atStartOfDay(zone).toInstant().toEpochMilli();
    }
    long offset = zone.getRules().getOffset(instant).getTotalSeconds() * 1000L;
    return t - Math.floorMod(t + offset, lengthMs);
  }

  /** End (exclusive) of the interval that starts at {@code start}. */
  public long endOf(long start) {
    if (isAll()) {
      return Long.MAX_VALUE;
    }
    if (days) {
      return LocalDate.ofInstant(Instant.ofEpochMilli(start), zone)
          .plusDays(1)
          .atStartOfDay(zone)
          .toInstant()
          .toEpochMilli();
    }
    return start + lengthMs;
  }

  /**
   * Whether the interval starting at {@code start} is final at this watermark: closed longer ago
   * than the allowed lateness, so no late data may change it any more.
   */
  public boolean isFinal(long start, long watermark, long latenessMs) {
    if (watermark == Long.MIN_VALUE) {
      return false;
    }
    long lastMoment = endOf(start) - 1;
    if (lastMoment > Long.MAX_VALUE - latenessMs) {
      return watermark == Long.MAX_VALUE; // only the end of a bounded input finalises it
    }
    return lastMoment + latenessMs <= watermark;
  }

  /** ISO-8601 text of an interval bound, as rows carry it. */
  public static String iso(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}
