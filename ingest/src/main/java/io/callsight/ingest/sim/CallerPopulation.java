package io.callsight.ingest.sim;

import java.util.SplittableRandom;

/**
 * Who calls: a fixed population of fake numbers (stable for a seed), some of whom call again within
 * hours or days of an earlier call. A due repeat caller takes the next arrival; otherwise a random
 * member of the population calls.
 */
final class CallerPopulation {
  private static final int NUMBER_SPACE = CallerConfig.MAX_POPULATION;

  private final CallerConfig config;
  private final SplittableRandom random;
  private final long multiplier;
  private final long offset;
  private final double repeatDelayMillis;
  private final double retryDelayMillis;
  private final RepeatCalls repeats = new RepeatCalls();

  CallerPopulation(CallerConfig config, SplittableRandom random) {
    this.config = config;
    this.random = random;
    // An affine map that is a bijection of 0..10^8-1 (the multiplier is coprime to 10^8), so every
    // caller keeps one number and no two callers share one.
    long m = random.nextLong(NUMBER_SPACE) | 1;
    this.multiplier = m % 5 == 0 ? m + 2 : m;
    this.offset = random.nextLong(NUMBER_SPACE);
    this.repeatDelayMillis = config.meanRepeatDelay().toMillis();
    this.retryDelayMillis = config.meanRetryDelay().toMillis();
  }

  /** The caller of a call arriving now. */
  int next(long now) {
    if (repeats.dueBy(now)) {
      return repeats.poll();
    }
    return random.nextInt(config.population());
  }

  /** The caller's fake number: 555 and eight digits, like the masked numbers of real logs. */
  String number(int caller) {
    long digits = (caller * multiplier + offset) % NUMBER_SPACE;
    char[] number = {'5', '5', '5', '0', '0', '0', '0', '0', '0', '0', '0'};
    for (int i = number.length - 1; digits > 0; i--) {
      number[i] = (char) ('0' + digits % 10);
      digits /= 10;
    }
    return new String(number);
  }

  /** The caller's contact is over; they may call again later. */
  void finished(int caller, long now, boolean answered) {
    double chance = answered ? config.repeatAfterAnswered() : config.repeatAfterUnanswered();
    if (random.nextDouble() < chance) {
      double mean = answered ? repeatDelayMillis : retryDelayMillis;
      repeats.add(now + 1 + (long) (random.nextExponential() * mean), caller);
    }
  }
}
