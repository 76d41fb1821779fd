package io.callsight.quality.text;

import java.util.Arrays;

/**
 * A text as the sequence of positions matching compares: a Chinese character, an English word, a
 * number or a Latin word, each with one or more sound keys (a polyphonic character has several).
 */
public final class KeyedText {
  private final int[] keys;
  private final int[] starts; // position i has keys[starts[i] .. starts[i + 1])

  private KeyedText(int[] keys, int[] starts) {
    this.keys = keys;
    this.starts = starts;
  }

  public int length() {
    return starts.length - 1;
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
    private int[] keys = new int[32];
    private int[] starts = new int[17];
    private int positions;
    private int used;

    /** Adds a position with one key. */
    public Builder add(int key) {
      return add(new int[] {key});
    }

    /** Adds a position that matches any of these keys. */
    public Builder add(int[] alternatives) {
      if (used + alternatives.length > keys.length) {
        keys = Arrays.copyOf(keys, Math.max(keys.length * 2, used + alternatives.length));
      }
      if (positions + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      System.arraycopy(alternatives, 0, keys, used, alternatives.length);
      used += alternatives.length;
      positions++;
      starts[positions] = used;
      return this;
    }

    public int positions() {
      return positions;
    }

    public KeyedText build() {
      return new KeyedText(Arrays.copyOf(keys, used), Arrays.copyOf(starts, positions + 1));
    }
  }
}
