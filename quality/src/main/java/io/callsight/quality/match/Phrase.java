package io.callsight.quality.match;

import io.callsight.quality.text.KeyedText;
import io.callsight.quality.text.Keyer;
import io.callsight.quality.text.SoundKeys;

/**
 * One phrase, compiled for approximate search: it matches a text when some stretch of the text is
 * within {@link #maxErrors()} edits (a position inserted, dropped or replaced) of it, positions
 * being equal when they share a sound key. Myers' bit-parallel algorithm, one pass per text.
 */
public final class Phrase {
  /** The longest phrase, in positions (characters or words). */
  public static final int MAX_LENGTH = 64;

  private final String source;
  private final int length;
  private final int maxErrors;
  private final IntLongMap equal;
  private final long anyNumber;
  private final KeyedText pattern;
  private final long[] positionBits;

  private Phrase(
      String source, int maxErrors, IntLongMap equal, long anyNumber, KeyedText pattern) {
    this.source = source;
    this.length = pattern.length();
    this.maxErrors = maxErrors;
    this.equal = equal;
    this.anyNumber = anyNumber;
    this.pattern = pattern;
    this.positionBits = new long[length];
    for (int p = 0; p < length; p++) {
      for (int i = 0; i < pattern.keyCount(p); i++) {
        positionBits[p] |= KeyedText.signatureBit(pattern.key(p, i));
      }
    }
  }

  /** Compiles a phrase with the language's default tolerance ({@link Keyer#defaultTolerance}). */
  public static Phrase compile(String source, Keyer keyer) {
    KeyedText pattern = keyer.keyPattern(source);
    return compile(source, pattern, keyer.defaultTolerance(pattern.length()));
  }

  /** Compiles a keyed phrase with an explicit tolerance. */
  public static Phrase compile(String source, KeyedText pattern, int maxErrors) {
    int m = pattern.length();
    if (m == 0) {
      throw new IllegalArgumentException("phrase '" + source + "' has no words");
    }
    if (m > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "phrase '" + source + "' is longer than " + MAX_LENGTH + " characters or words");
    }
    int keyCount = 0;
    for (int p = 0; p < m; p++) {
      keyCount += pattern.keyCount(p);
    }
    IntLongMap equal = new IntLongMap(keyCount);
    long anyNumber = 0;
    for (int p = 0; p < m; p++) {
      for (int i = 0; i < pattern.keyCount(p); i++) {
        int key = pattern.key(p, i);
        if (key == Keyer.ANY_NUMBER) {
          anyNumber |= 1L << p;
        } else {
          equal.or(key, 1L << p);
        }
      }
    }
    return new Phrase(source, Math.max(0, Math.min(maxErrors, m - 1)), equal, anyNumber, pattern);
  }

  public String source() {
    return source;
  }

  public int length() {
    return length;
  }

  public int maxErrors() {
    return maxErrors;
  }

  /** Whether the phrase occurs in the text within its tolerance. */
  public boolean matches(KeyedText text) {
    return couldMatch(text) && distance(text, maxErrors) <= maxErrors;
  }

  /**
   * False when the phrase cannot be in the text: too many of its positions have no key the text may
   * contain, or too many of its adjacent pairs are missing (one edit breaks at most two pairs).
   * Cheap Bloom-filter tests that spare most searches.
   */
  private boolean couldMatch(KeyedText text) {
    long signature = text.signature();
    int missing = 0;
    for (long bits : positionBits) {
      if ((bits & signature) == 0 && ++missing > maxErrors) {
        return false;
      }
    }
    missing = 0;
    for (int p = 0; p < length; p++) {
      boolean present = false;
      for (int i = 0, c = pattern.keyCount(p); i < c && !present; i++) {
        present = text.mayContain(pattern.key(p, i));
      }
      if (!present && ++missing > maxErrors) {
        return false;
      }
    }
    int missingPairs = 0;
    for (int p = 0; p + 1 < length; p++) {
      if (!pairPresent(text, p) && ++missingPairs > 2 * maxErrors) {
        return false;
      }
    }
    return true;
  }

  private boolean pairPresent(KeyedText text, int p) {
    for (int i = 0, ci = pattern.keyCount(p); i < ci; i++) {
      for (int j = 0, cj = pattern.keyCount(p + 1); j < cj; j++) {
        if (text.mayContainPair(pattern.key(p, i), pattern.key(p + 1, j))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The fewest edits that turn the phrase into a stretch of the text, stopping early at {@code
   * enough}; {@code length()} when nothing better was found.
   */
  public int distance(KeyedText text, int enough) {
    int m = length;
    long mask = m == 64 ? -1L : (1L << m) - 1;
    long high = 1L << (m - 1);
    long pv = mask;
    long mv = 0;
    int score = m;
    int best = m;
    int n = text.length();
    for (int j = 0; j < n; j++) {
      long eq = 0;
      for (int i = 0, c = text.keyCount(j); i < c; i++) {
        int key = text.key(j, i);
        eq |= equal.get(key);
        if (SoundKeys.isNumber(key)) {
          eq |= anyNumber;
        }
      }
      long xv = eq | mv;
      long xh = (((eq & pv) + pv) ^ pv) | eq;
      long ph = mv | ~(xh | pv);
      long mh = pv & xh;
      if ((ph & high) != 0) {
        score++;
      } else if ((mh & high) != 0) {
        score--;
      }
      ph <<= 1;
      mh <<= 1;
      pv = (mh | ~(xv | ph)) & mask;
      mv = ph & xv & mask;
      if (score < best) {
        best = score;
        if (best <= enough) {
          return best;
        }
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return source;
  }
}
