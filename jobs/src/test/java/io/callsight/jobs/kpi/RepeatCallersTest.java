package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatCallersTest {
  static final long DAY = 86_400_000L;
  static final long WEEK = 7 * DAY;

  @Test
  void shouldFlagACallerWhoCallsAgainWithinTheWindow() {
    RepeatCallers r = new RepeatCallers();
    assertThat(r.offer(0, "q", WEEK)).isEmpty();
    assertThat(r.offer(3 * DAY, "q", WEEK)).extracting(o -> o.time).containsExactly(3 * DAY);
    assertThat(r.offer(3 * DAY + 11 * DAY, "q", WEEK)).isEmpty();
    assertThat(r.offers).hasSize(1);
  }

  @Test
  void shouldCountTheWindowInclusivelyAndForgetOlderCalls() {
    RepeatCallers r = new RepeatCallers();
    r.offer(0, "q", WEEK);
    assertThat(r.offer(WEEK, "q", WEEK)).hasSize(1);
    assertThat(r.expiresAt(WEEK)).isEqualTo(2 * WEEK);
  }

  @Test
  void shouldFlagTheLaterCallWhenTheEarlierArrivesLate() {
    RepeatCallers r = new RepeatCallers();
    assertThat(r.offer(5 * DAY, "sales", WEEK)).isEmpty();
    assertThat(r.offer(2 * DAY, "support", WEEK))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.time).isEqualTo(5 * DAY);
              assertThat(o.queue).isEqualTo("sales");
            });
    // An even earlier call makes the day-2 call a repeat; the day-5 call is not flagged twice.
    assertThat(r.offer(DAY, "support", WEEK)).extracting(o -> o.time).containsExactly(2 * DAY);
  }
}
