package io.callsight.quality.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Interns the sound keys that texts are compared by (a pinyin syllable, an English phonetic code, a
 * letter) as small ints. Numbers get negative ids so that a {@code {n}} placeholder can match any
 * of them without a lookup.
 */
public final class SoundKeys {
  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger(1);

  private SoundKeys() {}

  /** The id of a sound key such as {@code "py:zi"} or {@code "en:0NK"}. Always positive. */
  public static int id(String key) {
    return IDS.computeIfAbsent(key, k -> NEXT.getAndIncrement());
  }

  /** The id of a number written in digits ({@code "1024"}); always negative. */
  public static int number(CharSequence digits) {
    return -id("#" + digits);
  }

  /** Whether an id stands for a number. */
  public static boolean isNumber(int id) {
    return id < 0;
  }
}
