package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CallerPopulationTest {
  private static CallerPopulation population(long seed, double repeatAfterAnswered) {
    CallerConfig config =
        new CallerConfig(
            1_000_000, repeatAfterAnswered, 0.0, Duration.ofHours(1), Duration.ofMinutes(1));
    return new CallerPopulation(config, new SplittableRandom(seed));
  }

  @Test
  void everyCallerHasOneFakeNumberStableForTheSeed() {
    CallerPopulation first = population(1, 0);
    CallerPopulation again = population(1, 0);
    CallerPopulation other = population(2, 0);

    Set<String> numbers = new HashSet<>();
    IntStream.range(0, 50_000).forEach(c -> numbers.add(first.number(c)));

    assertThat(numbers).hasSize(50_000).allMatch(n -> n.matches("555\\d{8}"));
    assertThat(again.number(4_242)).isEqualTo(first.number(4_242));
    assertThat(other.number(4_242)).isNotEqualTo(first.number(4_242));
  }

  @Test
  void aCallerWhoWillCallAgainTakesAnArrivalOnceDue() {
    CallerPopulation callers = population(3, 1.0);
    callers.finished(77, 0, true);

    long due = Duration.ofDays(30).toMillis();
    assertThat(callers.next(due)).isEqualTo(77);
    assertThat(callers.next(due)).isNotEqualTo(77);
  }
}
