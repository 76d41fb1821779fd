package io.callsight.quality.text;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Keys English text word by word: each word of four letters or more by its Double Metaphone code
 * (commons-codec), so words that sound alike or are slightly misspelt share a key; shorter words by
 * their spelling (their codes collide too often: for and fire are both FR); numbers by their
 * digits. A word of four or five letters also keeps its first vowel: the codes of short words
 * collide too (sure, sore and sorry are all SR; thank and think 0NK), and "I'm sure" is no apology;
 * their and there still share a key.
 */
public final class EnglishKeyer implements Keyer {
  public static final EnglishKeyer INSTANCE = new EnglishKeyer();
  private static final int CACHE_LIMIT = 200_000;

  /**
   * The most sounds a word's code keeps. commons-codec keeps four, and then a long word is its
   * beginning: "company" and "camping" were "compensation", "compliment" was "complaint", and
   * "explain" was "explosion".
   */
  private static final int MAX_SOUNDS = 8;

  private final DoubleMetaphone metaphone = new DoubleMetaphone();
  private final ConcurrentHashMap<String, Integer> cache = new ConcurrentHashMap<>();
  private final ThreadLocal<RecentKeys> recent = ThreadLocal.withInitial(RecentKeys::new);

  /**
   * The keys of the words one thread keyed lately, by the word's identity: {@link EnglishWords}
   * gives a word said again as the same String, and a look in this direct-mapped table costs a
   * fifth of one in the shared map. Another String is just looked up there.
   */
  private static final class RecentKeys {
    private static final int SLOTS = 1 << 10;
    final String[] words = new String[SLOTS];
    final int[] keys = new int[SLOTS];
  }

  private EnglishKeyer() {
    metaphone.setMaxCodeLen(MAX_SOUNDS);
  }

  /** One edit per five words. */
  @Override
  public int defaultTolerance(int positions) {
    return positions / 5;
  }

  @Override
  public KeyedText key(String text, boolean pattern) {
    KeyedText.Builder out = new KeyedText.Builder(text.length() / 4);
    if (pattern && text.contains("{n}")) {
      String[] parts = text.split("\\{n}", -1);
      for (int p = 0; p < parts.length; p++) {
        if (p > 0) {
          out.add(ANY_NUMBER);
        }
        addWords(parts[p], out);
      }
    } else {
      addWords(text, out);
    }
    return out.build();
  }

  private void addWords(String text, KeyedText.Builder out) {
    RecentKeys keyed = recent.get();
    for (EnglishWords.Word w : EnglishWords.wordsOf(text)) {
      if (w.number()) {
        out.add(SoundKeys.number(w.text()));
        continue;
      }
      int slot = w.text().hashCode() & (RecentKeys.SLOTS - 1);
      if (keyed.words[slot] != w.text()) {
        keyed.keys[slot] = wordKey(w.text());
        keyed.words[slot] = w.text();
      }
      out.add(keyed.keys[slot]);
    }
  }

  private int wordKey(String word) {
    Integer cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    String code = word.length() < 4 ? null : metaphone.doubleMetaphone(singular(word));
    if (code != null && !code.isEmpty() && word.length() <= 5) {
      code = code + ':' + firstVowel(word);
    }
    int id = SoundKeys.id(code == null || code.isEmpty() ? "w:" + word : "en:" + code);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(word, id);
    }
    return id;
  }

  /**
   * A long word without its plural's or verb's s ("complaints", "refunds", "explains"), which four
   * sounds used to leave out of the code anyway; not "business" or "status".
   */
  private static String singular(String word) {
    return word.length() >= 6
            && word.endsWith("s")
            && !word.endsWith("ss")
            && !word.endsWith("us")
            && !word.endsWith("is")
        ? word.substring(0, word.length() - 1)
        : word;
  }

  /** The word's first vowel after its first letter (a, e, i, o, u, y), or '-' if none. */
  private static char firstVowel(String word) {
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if ("aeiouy".indexOf(c) >= 0) {
        return c;
      }
    }
    return '-';
  }
}
