package io.callsight.ingest.sim;

/**
 * Timers due within the next 2^20 ms (about 17 minutes), one slot per millisecond: adding and
 * removing are O(1), and the next due timer is found through a two-level bitmap of occupied slots.
 * A slot is a circular list (the head's previous is the tail) in the order timers were added.
 */
final class TimerWheel {
  static final long SPAN_MILLIS = 1L << 20;
  private static final int MASK = (int) SPAN_MILLIS - 1;

  private final Timer[] heads = new Timer[(int) SPAN_MILLIS];
  private final long[] occupied = new long[(int) (SPAN_MILLIS >>> 6)];
  private final long[] occupiedWords = new long[(int) (SPAN_MILLIS >>> 12)];

  /** Adds a timer due within the span from now. */
  void add(Timer t) {
    int slot = (int) (t.at & MASK);
    Timer head = heads[slot];
    if (head == null) {
      t.previous = t;
      t.next = t;
      heads[slot] = t;
      int word = slot >>> 6;
      occupied[word] |= 1L << slot;
      occupiedWords[word >>> 6] |= 1L << word;
    } else {
      Timer tail = head.previous;
      t.previous = tail;
      t.next = head;
      tail.next = t;
      head.previous = t;
    }
    t.inWheel = true;
  }

  void remove(Timer t) {
    int slot = (int) (t.at & MASK);
    if (t.next == t) {
      heads[slot] = null;
      int word = slot >>> 6;
      occupied[word] &= ~(1L << slot);
      if (occupied[word] == 0) {
        occupiedWords[word >>> 6] &= ~(1L << word);
      }
    } else {
      t.previous.next = t.next;
      t.next.previous = t.previous;
      if (heads[slot] == t) {
        heads[slot] = t.next;
      }
    }
    t.previous = null;
    t.next = null;
    t.inWheel = false;
  }

  /** The first timer due at or after {@code now} (all timers here are), or null when empty. */
  Timer first(long now) {
    int slot = nextOccupied((int) (now & MASK));
    if (slot < 0) {
      slot = nextOccupied(0);
    }
    return slot < 0 ? null : heads[slot];
  }

  /** The first occupied slot at or after {@code from} (not wrapping), or -1. */
  private int nextOccupied(int from) {
    int word = from >>> 6;
    long bits = occupied[word] & (-1L << from);
    if (bits != 0) {
      return (word << 6) | Long.numberOfTrailingZeros(bits);
    }
    int next = word + 1;
    if (next >= occupied.length) {
      return -1;
    }
    int group = next >>> 6;
    long words = occupiedWords[group] & (-1L << next);
    while (words == 0) {
      if (++group >= occupiedWords.length) {
        return -1;
      }
      words = occupiedWords[group];
    }
    word = (group << 6) | Long.numberOfTrailingZeros(words);
    return (word << 6) | Long.numberOfTrailingZeros(occupied[word]);
  }
}
