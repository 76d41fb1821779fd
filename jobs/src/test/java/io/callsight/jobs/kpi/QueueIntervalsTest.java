package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.QueueKpi;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueIntervalsTest {
  static final Intervals QUARTERS = Intervals.fixed(Duration.ofMinutes(15), ZoneOffset.UTC);
  static final long T9 = Instant.parse("2024-03-01T09:00:00Z").toEpochMilli();
  static final long MIN = 60_000;
  static final long HOUR = 60 * MIN;

  static CallFact offered(long t) {
    return new CallFact(FactKind.OFFERED, "c" + t, "q", null, t);
  }

  @Test
  void shouldEmitARowWhenTheWatermarkClosesItsInterval() {
    QueueIntervals book = new QueueIntervals();
    assertThat(book.add(offered(T9 + MIN), QUARTERS, QueueTargets.DEFAULTS, T9, HOUR))
        .isEqualTo(QueueIntervals.Added.RESCHEDULE);
    assertThat(book.add(offered(T9 + 2 * MIN), QUARTERS, QueueTargets.DEFAULTS, T9, HOUR))
        .isEqualTo(QueueIntervals.Added.COUNTED);
    assertThat(book.close("q", T9 + 14 * MIN, QUARTERS, QueueTargets.DEFAULTS, HOUR, 0)).isEmpty();
    List<QueueKpi> rows = book.close("q", T9 + 15 * MIN, QUARTERS, QueueTargets.DEFAULTS, HOUR, 0);
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.intervalStart()).isEqualTo("2024-03-01T09:00:00Z");
              assertThat(r.intervalEnd()).isEqualTo("2024-03-01T09:15:00Z");
              assertThat(r.offered()).isEqualTo(2);
              assertThat(r.revision()).isZero();
            });
    // Nothing changed: nothing more to say.
    assertThat(book.close("q", T9 + 20 * MIN, QUARTERS, QueueTargets.DEFAULTS, HOUR, 0)).isEmpty();
  }

  @Test
  void shouldReEmitACorrectedRowWhenLateDataChangesAClosedInterval() {
    QueueIntervals book = new QueueIntervals();
    book.add(offered(T9 + MIN), QUARTERS, QueueTargets.DEFAULTS, T9, HOUR);
    book.close("q", T9 + 16 * MIN, QUARTERS, QueueTargets.DEFAULTS, HOUR, 0);
    assertThat(
            book.add(offered(T9 + 2 * MIN), QUARTERS, QueueTargets.DEFAULTS, T9 + 40 * MIN, HOUR))
        .isEqualTo(QueueIntervals.Added.RESCHEDULE);
    List<QueueKpi> rows = book.close("q", T9 + 41 * MIN, QUARTERS, QueueTargets.DEFAULTS, HOUR, 0);
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.revision()).isEqualTo(1);
              assertThat(r.offered()).isEqualTo(2);
            });
  }

  @Test
  void shouldRefuseFactsForIntervalsPastTheAllowedLateness() {
    QueueIntervals book = new QueueIntervals();
    book.add(offered(T9 + MIN), QUARTERS, QueueTargets.DEFAULTS, T9, HOUR);
    book.close("q", T9 + 15 * MIN + HOUR, QUARTERS, QueueTargets.DEFAULTS, HOUR, 0);
    assertThat(book.isEmpty()).isTrue();
    assertThat(
            book.add(
                offered(T9 + 2 * MIN), QUARTERS, QueueTargets.DEFAULTS, T9 + 15 * MIN + HOUR, HOUR))
        .isEqualTo(QueueIntervals.Added.TOO_LATE);
  }

  @Test
  void shouldSpanTheWholeInputWhenCutIntoOneInterval() {
    QueueIntervals book = new QueueIntervals();
    book.add(offered(T9), Intervals.all(), QueueTargets.DEFAULTS, Long.MIN_VALUE, HOUR);
    book.add(offered(T9 + 50 * HOUR), Intervals.all(), QueueTargets.DEFAULTS, T9, HOUR);
    assertThat(book.close("q", T9 + 60 * HOUR, Intervals.all(), QueueTargets.DEFAULTS, HOUR, 0))
        .isEmpty();
    List<QueueKpi> rows =
        book.close("q", Long.MAX_VALUE, Intervals.all(), QueueTargets.DEFAULTS, HOUR, 0);
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.offered()).isEqualTo(2);
              assertThat(r.intervalStart()).isEqualTo("2024-03-01T09:00:00Z");
              assertThat(r.intervalEnd()).isEqualTo("2024-03-03T11:00:00Z");
            });
    assertThat(book.isEmpty()).isTrue();
  }
}
