package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepeatCallerBookTest {
  static final long DAY = 86_400_000L;
  static final long WEEK = 7 * DAY;
  static final long ANN = 1;
  static final long BOB = 2;

  @Test
  void shouldFlagACallerWhoCallsAgainWithinTheWindow() {
    RepeatCallerBook b = new RepeatCallerBook();
    assertThat(b.offer(ANN, 0, "q", WEEK)).isEmpty();
    assertThat(b.offer(ANN, 3 * DAY, "q", WEEK))
        .containsExactly(new RepeatCallerBook.Repeat(3 * DAY, "q"));
    assertThat(b.offer(ANN, 3 * DAY + 11 * DAY, "q", WEEK)).isEmpty();
    assertThat(b.size()).isEqualTo(1);
  }

  @Test
  void shouldCountTheWindowInclusivelyAndExpireAfterTheNewestCall() {
    RepeatCallerBook b = new RepeatCallerBook();
    b.offer(ANN, 0, "q", WEEK);
    assertThat(b.offer(ANN, WEEK, "q", WEEK)).hasSize(1);
    assertThat(b.nextExpiry(WEEK)).isEqualTo(2 * WEEK);
    b.expire(2 * WEEK - 1, WEEK);
    assertThat(b.size()).as("both calls, a week apart, are kept").isEqualTo(2);
    b.expire(2 * WEEK, WEEK);
    assertThat(b.size()).isZero();
  }

  @Test
  void shouldFlagTheLaterCallWhenTheEarlierArrivesLate() {
    RepeatCallerBook b = new RepeatCallerBook();
    assertThat(b.offer(ANN, 5 * DAY, "sales", WEEK)).isEmpty();
    assertThat(b.offer(ANN, 2 * DAY, "support", WEEK))
        .containsExactly(new RepeatCallerBook.Repeat(5 * DAY, "sales"));
    // An even earlier call makes the day-2 call a repeat; the day-5 call is not flagged twice.
    assertThat(b.offer(ANN, DAY, "support", WEEK))
        .containsExactly(new RepeatCallerBook.Repeat(2 * DAY, "support"));
  }

  @Test
  void shouldKeepCallersInOneBucketApart() {
    RepeatCallerBook b = new RepeatCallerBook();
    assertThat(b.offer(BOB, DAY, "q", WEEK)).isEmpty();
    assertThat(b.offer(ANN, 2 * DAY, "q", WEEK)).isEmpty();
    assertThat(b.offer(BOB, 3 * DAY, "q", WEEK)).hasSize(1);
    assertThat(b.nextExpiry(WEEK)).isEqualTo(2 * DAY + WEEK);
    b.expire(2 * DAY + WEEK, WEEK);
    assertThat(b.size()).isEqualTo(2);
    assertThat(b.offer(ANN, 3 * DAY + WEEK, "q", WEEK)).isEmpty();
  }

  @Test
  void shouldReadHashedCallerIdsAsTheNumberTheySpellAndSpreadThemOverBuckets() {
    assertThat(RepeatCallerBook.callerKey("00000000000000ff")).isEqualTo(255);
    assertThat(RepeatCallerBook.bucketOf("ffffffffffffffff"))
        .isEqualTo(RepeatCallerBook.BUCKETS - 1);
    assertThat(RepeatCallerBook.bucketOf("anonymous-42"))
        .isBetween(0, RepeatCallerBook.BUCKETS - 1);
  }

  /**
   * The book against the plain rule (a call is a repeat when another call of its caller precedes it
   * within the window) on many callers: calls in random order within one window, so nothing is
   * forgotten too early, and in time order over two months, so callers are forgotten.
   */
  @Test
  void shouldFlagEachCallExactlyWhenAnotherCallOfItsCallerPrecedesItWithinTheWindow() {
    Random random = new Random(7);
    int calls = 3_000;
    long[] caller = new long[calls];
    long[] inWeek = new long[calls];
    long[] overMonths = new long[calls];
    for (int i = 0; i < calls; i++) {
      caller[i] = random.nextInt(400);
      inWeek[i] = random.nextLong(WEEK + 1);
      overMonths[i] = i * (60 * DAY / calls) + random.nextInt(1000);
    }
    assertFlagsFollowTheRule(caller, inWeek);
    assertFlagsFollowTheRule(caller, overMonths);
  }

  private static void assertFlagsFollowTheRule(long[] caller, long[] time) {
    RepeatCallerBook b = new RepeatCallerBook();
    Set<String> flagged = new HashSet<>();
    for (int i = 0; i < caller.length; i++) {
      for (RepeatCallerBook.Repeat r : b.offer(caller[i], time[i], "q" + caller[i], WEEK)) {
        assertThat(flagged.add(r.queue() + "@" + r.time())).as("flagged once").isTrue();
      }
    }
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < caller.length; i++) {
      for (int j = 0; j < caller.length; j++) {
        if (caller[j] == caller[i] && time[j] < time[i] && time[i] - time[j] <= WEEK) {
          expected.add("q" + caller[i] + "@" + time[i]);
        }
      }
    }
    assertThat(flagged).isNotEmpty().isEqualTo(expected);
  }
}
