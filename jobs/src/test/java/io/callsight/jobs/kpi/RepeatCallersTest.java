package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatCallersTest {
  static final long DAY = 86_400_000L;
  static final long WEEK = 7 * DAY;

  @Test
  void shouldFlagACallerWhoCallsAgainWithinTheWindow() {
    RepeatCallers r = new RepeatCallers();
    assertThat(r.offer(0, WEEK)).isFalse();
    assertThat(r.offer(3 * DAY, WEEK)).isTrue();
    assertThat(r.offer(3 * DAY + 11 * DAY, WEEK)).isFalse();
    assertThat(r.offers).hasSize(1);
  }

  @Test
  void shouldCountTheWindowInclusivelyAndForgetOlderCalls() {
    RepeatCallers r = new RepeatCallers();
    r.offer(0, WEEK);
    assertThat(r.offer(WEEK, WEEK)).isTrue();
    assertThat(r.expiresAt(WEEK)).isEqualTo(2 * WEEK);
  }

  @Test
  void shouldNotFlagTheFirstCallWhenALaterOneArrivedFirst() {
    RepeatCallers r = new RepeatCallers();
    assertThat(r.offer(5 * DAY, WEEK)).isFalse();
    assertThat(r.offer(2 * DAY, WEEK)).isFalse();
  }
}
