package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimerQueueTest {
  private static final long HOUR = 3_600_000;

  private final List<String> fired = new ArrayList<>();
  private final TimerQueue agenda = new TimerQueue(0);

  private Timer timer(String name) {
    return new Timer(() -> fired.add(name));
  }

  private void runAll() {
    for (Timer t = agenda.poll(); t != null; t = agenda.poll()) {
      t.action.run();
    }
  }

  @Test
  void firesInTimeOrderAndTiesInTheOrderScheduled() {
    agenda.schedule(timer("late"), 5 * HOUR);
    agenda.schedule(timer("b"), 2_000);
    agenda.schedule(timer("a"), 1_000);
    agenda.schedule(timer("c"), 2_000);

    runAll();

    assertThat(fired).containsExactly("a", "b", "c", "late");
  }

  @Test
  void aCancelledTimerDoesNotFireAndAReScheduledOneFiresOnceAtItsNewTime() {
    Timer cancelled = timer("cancelled");
    Timer moved = timer("moved");
    agenda.schedule(cancelled, 1_000);
    agenda.schedule(moved, 2_000);
    agenda.schedule(timer("middle"), 3_000);
    agenda.cancel(cancelled);
    agenda.schedule(moved, 4 * HOUR);

    runAll();

    assertThat(fired).containsExactly("middle", "moved");
    assertThat(cancelled.pending).isFalse();
  }

  @Test
  void keepsTimeOrderAcrossNearAndFarTimersInBulk() {
    SplittableRandom random = new SplittableRandom(1);
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      long at = random.nextLong(48 * HOUR);
      Timer t = new Timer(() -> times.add(at));
      agenda.schedule(t, at);
      if (i % 3 == 0) {
        agenda.cancel(t);
      }
    }

    runAll();

    assertThat(times).hasSize(10_000 - 3_334).isSorted();
  }

  @Test
  void timersReScheduledFromTheirActionsFireOnTimeAsTheWheelTurnsOver() {
    SplittableRandom random = new SplittableRandom(2);
    long[] clock = {0};
    List<Long> lateness = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Timer[] self = new Timer[1];
      self[0] =
          new Timer(
              () -> {
                lateness.add(clock[0] - self[0].at);
                if (lateness.size() < 50_000) {
                  // Delays up to 40 minutes: past the wheel's span, and across its wrap.
                  agenda.schedule(self[0], clock[0] + random.nextLong(40 * 60_000));
                }
              });
      agenda.schedule(self[0], random.nextLong(60_000));
    }

    long previous = 0;
    for (Timer t = agenda.poll(); t != null; t = agenda.poll()) {
      assertThat(t.at).isGreaterThanOrEqualTo(previous);
      previous = t.at;
      clock[0] = t.at;
      t.action.run();
    }

    assertThat(lateness).hasSizeGreaterThanOrEqualTo(50_000).containsOnly(0L);
    assertThat(previous).isGreaterThan(TimerWheel.SPAN_MILLIS * 10);
  }
}
