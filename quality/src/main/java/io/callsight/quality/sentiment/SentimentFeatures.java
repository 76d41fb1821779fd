package io.callsight.quality.sentiment;

import io.callsight.quality.text.CharFolding;
import io.callsight.quality.text.EnglishWords;
import io.callsight.quality.text.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a trained sentiment model sees of a text: its n-grams hashed into a fixed number of buckets
 * (no vocabulary to store or to miss). Chinese: characters folded as for matching, one to three at
 * a time, so a model needs no word segmenter; English: words and word pairs. Punctuation stays
 * ({@code !}, {@code ？} carry feeling), spaces go. A text's start and end are n-grams too.
 */
final class SentimentFeatures {
  /** Longest Chinese n-gram, in characters. */
  static final int CHINESE_N = 3;

  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;
  private static final int BOUNDARY = 0x2;

  private SentimentFeatures() {}

  /**
   * Per thread, one bit per bucket: which buckets the text being read has already used. Dropping
   * repeats by sorting a turn's 60-odd buckets cost more than the model's arithmetic.
   */
  private static final ThreadLocal<long[]> SEEN = ThreadLocal.withInitial(() -> new long[0]);

  /**
   * The distinct buckets a text's n-grams fall into, in the order first met.
   *
   * @param buckets a power of two
   */
  static int[] of(Language language, String text, int buckets) {
    int[] units = language == Language.ZH_CN ? chineseUnits(text) : englishUnits(text);
    int longest = language == Language.ZH_CN ? CHINESE_N : 2;
    long[] seen = SEEN.get();
    if (seen.length < buckets / 64 + 1) {
      seen = new long[buckets / 64 + 1];
      SEEN.set(seen);
    }
    int[] found = new int[units.length * longest];
    int n = 0;
    for (int i = 0; i < units.length; i++) {
      int h = FNV_OFFSET;
      for (int len = 1; len <= longest && i + len <= units.length; len++) {
        h = (h ^ units[i + len - 1]) * FNV_PRIME;
        int bucket = mix(h ^ len) & (buckets - 1);
        long bit = 1L << bucket;
        if ((seen[bucket >>> 6] & bit) == 0) {
          seen[bucket >>> 6] |= bit;
          found[n++] = bucket;
        }
      }
    }
    // Forget this text's buckets for the next one.
    for (int i = 0; i < n; i++) {
      seen[found[i] >>> 6] = 0;
    }
    return Arrays.copyOf(found, n);
  }

  /** Folded characters between a start and an end mark. */
  private static int[] chineseUnits(String text) {
    int[] units = new int[text.length() + 2];
    int n = 0;
    units[n++] = BOUNDARY;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        continue;
      }
      int f = CharFolding.fold(cp);
      // Folding drops punctuation; the model keeps it, full-width or not.
      units[n++] = f != CharFolding.DROP ? f : fullWidth(cp);
    }
    units[n++] = BOUNDARY;
    return Arrays.copyOf(units, n);
  }

  /** ！ as !, ？ as ?. */
  private static int fullWidth(int cp) {
    return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
  }

  /** Word hashes, with '!' and '?' as words of their own, between a start and an end mark. */
  private static int[] englishUnits(String text) {
    List<EnglishWords.Word> words = EnglishWords.wordsOf(text);
    // Room for every word and every character between them as a mark.
    int[] units = new int[words.size() + text.length() + 2];
    int n = 0;
    units[n++] = BOUNDARY;
    int from = 0;
    for (EnglishWords.Word w : words) {
      n = marks(text, from, w.start(), units, n);
      units[n++] = w.text().toLowerCase(Locale.ROOT).hashCode();
      from = w.end();
    }
    n = marks(text, from, text.length(), units, n);
    units[n++] = BOUNDARY;
    return Arrays.copyOf(units, n);
  }

  private static int marks(String text, int from, int to, int[] units, int n) {
    int at = n;
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if ((ch == '!' || ch == '?') && (at == n || units[at - 1] != ch)) {
        units[at++] = ch;
      }
    }
    return at;
  }

  /** Spreads a hash's bits before it is cut to a bucket (murmur3's finaliser). */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
