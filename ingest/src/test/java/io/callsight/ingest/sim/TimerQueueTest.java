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
}
