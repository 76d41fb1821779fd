package io.callsight.quality.sentiment;

/**
 * The steps through a lexicon's tree of words ({@link Lexicon.Phrases#after}) one thread took
 * lately, by the node's and the word's identity. The English reader gives a word said again as the
 * same String ({@code WordTable}) and a call says the same words again and again, while each step
 * in the tree is a map lookup that compares the word with an entry's own String: a tenth of scoring
 * an English call. Direct-mapped; a word that is another String is just looked up. Not thread-safe.
 */
final class RecentSteps {
  private final int mask;
  private final Lexicon.Phrases[] from;
  private final String[] words;
  private final Lexicon.Phrases[] to;

  RecentSteps() {
    this(1 << 11);
  }

  /** With {@code slots} (a power of two) slots; a test gives it one, so every step collides. */
  RecentSteps(int slots) {
    mask = slots - 1;
    from = new Lexicon.Phrases[slots];
    words = new String[slots];
    to = new Lexicon.Phrases[slots];
  }

  /** {@code node.after(word)}, remembered. */
  Lexicon.Phrases after(Lexicon.Phrases node, String word) {
    int slot = (node.id * 0x9E3779B9 ^ word.hashCode()) & mask;
    if (from[slot] == node && words[slot] == word) {
      return to[slot];
    }
    Lexicon.Phrases next = node.after(word);
    from[slot] = node;
    words[slot] = word;
    to[slot] = next;
    return next;
  }
}
