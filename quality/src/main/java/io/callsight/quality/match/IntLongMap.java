package io.callsight.quality.match;

/** A small fixed-size open-addressing map from int keys to long bit masks (missing keys: 0). */
final class IntLongMap {
  private static final int EMPTY = Integer.MIN_VALUE;
  private final int[] keys;
  private final long[] values;
  private final int mask;

  IntLongMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
    keys = new int[capacity];
    values = new long[capacity];
    mask = capacity - 1;
    java.util.Arrays.fill(keys, EMPTY);
  }

  void or(int key, long bits) {
    int i = slot(key);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] |= bits;
  }

  long get(int key) {
    int i = slot(key);
    while (true) {
      int k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        return 0;
      }
      i = (i + 1) & mask;
    }
  }

  private int slot(int key) {
    return (key * 0x9E3779B9) >>> 16 & mask;
  }
}
