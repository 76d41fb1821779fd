package io.callsight.quality.text;

import java.util.Arrays;

/**
 * A text as the sequence of positions matching compares: a Chinese character, an English word, a
 * number or a Latin word, each with one or more sound keys (a polyphonic character has several).
 */
public final class KeyedText {
  private static final int BLOOM_MASK = 1023;

  private final int[] keys;
  private final int[] starts; // position i has keys[starts[i] .. starts[i + 1])
  private final int length;
  private final long[] bloom = new long[(BLOOM_MASK + 1) / 64];
  private final long[] pairBloom = new long[(BLOOM_MASK + 1) / 64];
  private boolean hasNumber;
  private long signature;

  private KeyedText(int[] keys, int[] starts, int length) {
    this.keys = keys;
    this.starts = starts;
    this.length = length;
    for (int i = 0, n = starts[length]; i < n; i++) {
      int k = keys[i];
      set(bloom, mix(k));
      signature |= signatureBit(k);
      hasNumber |= SoundKeys.isNumber(k);
    }
    for (int p = 0; p + 1 < length(); p++) {
      for (int a = starts[p]; a < starts[p + 1]; a++) {
        for (int b = starts[p + 1]; b < starts[p + 2]; b++) {
          set(pairBloom, mixPair(keys[a], keys[b]));
        }
      }
    }
  }

  /**
   * One bit of 64 for a key: a coarse, one-word Bloom filter of a whole text. {@code {n}} has all
   * bits, so it never rules a text out.
   */
  public static long signatureBit(int key) {
    return key == Keyer.ANY_NUMBER ? -1L : 1L << (key * 0x9E3779B9 >>> 26);
  }

  /** The OR of {@link #signatureBit} over the text's keys. */
  public long signature() {
    return signature;
  }

  private static void set(long[] bits, int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  private static int mix(int key) {
    return (key * 0x9E3779B9 >>> 20) & BLOOM_MASK;
  }

  private static int mixPair(int a, int b) {
    return ((a * 0x9E3779B9) ^ (b * 0x85EBCA6B) ^ (b >>> 7)) * 0xC2B2AE35 >>> 20 & BLOOM_MASK;
  }

  /** Whether the text may have key {@code a} directly followed by key {@code b}. */
  public boolean mayContainPair(int a, int b) {
    if (a == Keyer.ANY_NUMBER || b == Keyer.ANY_NUMBER) {
      return true;
    }
    int bit = mixPair(a, b);
    return (pairBloom[bit >>> 6] & (1L << bit)) != 0;
  }

  /**
   * Whether the text may contain a key: false means it certainly does not (a Bloom filter, so that
   * phrases with too few of their keys in a text are skipped without a search).
   */
  public boolean mayContain(int key) {
    if (key == Keyer.ANY_NUMBER) {
      return hasNumber;
    }
    int bit = mix(key);
    return (bloom[bit >>> 6] & (1L << bit)) != 0;
  }

  public int length() {
    return length;
  }

  public int keyCount(int position) {
    return starts[position + 1] - starts[position];
  }

  public int key(int position, int i) {
    return keys[starts[position] + i];
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int p = 0; p < length(); p++) {
      s.append(p == 0 ? "" : " ")
          .append(Arrays.toString(Arrays.copyOfRange(keys, starts[p], starts[p + 1])));
    }
    return s.toString();
  }

  /** Collects positions in order. */
  public static final class Builder {
    private int[] keys;
    private int[] starts;
    private int positions;
    private int used;

    public Builder() {
      this(16);
    }

    /** A builder for about this many positions. */
    public Builder(int expected) {
      keys = new int[Math.max(4, expected * 2)];
      starts = new int[Math.max(2, expected + 2)];
    }

    /** Adds a position with one key. */
    public Builder add(int key) {
      room(1);
      keys[used++] = key;
      return endPosition();
    }

    /** Adds a position that matches any of these keys. */
    public Builder add(int[] alternatives) {
      room(alternatives.length);
      for (int k : alternatives) {
        keys[used++] = k;
      }
      return endPosition();
    }

    private void room(int more) {
      if (used + more > keys.length) {
        keys = Arrays.copyOf(keys, Math.max(keys.length * 2, used + more));
      }
      if (positions + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
    }

    private Builder endPosition() {
      positions++;
      starts[positions] = used;
      return this;
    }

    public int positions() {
      return positions;
    }

    /** The text; the builder must not be used after. */
    public KeyedText build() {
      return new KeyedText(keys, starts, positions);
    }
  }
}
