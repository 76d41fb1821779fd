package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IntervalsTest {
  static long at(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  @Test
  void shouldAlignQuarterHoursToTheCentresClock() {
    Intervals utc = Intervals.parse("PT15M", ZoneId.of("UTC"));
    assertThat(Intervals.iso(utc.startOf(at("2024-03-01T09:14:59.999Z"))))
        .isEqualTo("2024-03-01T09:00:00Z");
    assertThat(Intervals.iso(utc.startOf(at("2024-03-01T09:15:00Z"))))
        .isEqualTo("2024-03-01T09:15:00Z");
    // Nepal is UTC+05:45: its quarter hours fall on :00 :15 :30 :45 local time.
    Intervals nepal = Intervals.parse("PT1H", ZoneId.of("Asia/Kathmandu"));
    assertThat(Intervals.iso(nepal.startOf(at("2024-03-01T09:20:00Z"))))
        .isEqualTo("2024-03-01T09:15:00Z");
  }

  @Test
  void shouldCutCalendarDaysInTheCentresTimeZone() {
    Intervals shanghai = Intervals.parse("P1D", ZoneId.of("Asia/Shanghai"));
    long start = shanghai.startOf(at("2024-03-01T15:59:00Z"));
    assertThat(Intervals.iso(start)).isEqualTo("2024-02-29T16:00:00Z");
    assertThat(Intervals.iso(shanghai.endOf(start))).isEqualTo("2024-03-01T16:00:00Z");
    Intervals berlin = Intervals.days(ZoneId.of("Europe/Berlin"));
    long dstDay = berlin.startOf(at("2024-03-31T12:00:00Z"));
    assertThat(berlin.endOf(dstDay) - dstDay).isEqualTo(Duration.ofHours(23).toMillis());
  }

  @Test
  void shouldRefuseIntervalsThatDoNotDivideADay() {
    assertThatThrownBy(() -> Intervals.parse("PT7M", ZoneId.of("UTC")))
        .hasMessageContaining("must divide a day evenly");
    assertThatThrownBy(() -> Intervals.parse("quarter", ZoneId.of("UTC")))
        .hasMessageContaining("'quarter' is not PT15M-style, P1D or all");
  }
}
