package io.callsight.quality.sentiment;

/**
 * The steps through a lexicon's tree of words ({@link Lexicon.Phrases#after}) one thread took
 * lately, by the node's and the word's identity. The English reader gives a word said again as the
 * same String ({@code WordTable}) and a call says the same words again and again, while each step
 * in the tree is a map lookup that compares the word with an entry's own String: a tenth of scoring
 * an English call. Direct-mapped; a word that is another String is just looked up. Not thread-safe.
 */
final class RecentSteps {
  private static final int SLOTS = 1 << 11;

  private final Lexicon.Phrases[] from = new Lexicon.Phrases[SLOTS];
  private final String[] words = new String[SLOTS];
  private final Lexicon.Phrases[] to = new Lexicon.Phrases[SLOTS];

  /** {@code node.after(word)}, remembered. */
  Lexicon.Phrases after(Lexicon.Phrases node, String word) {
    int slot = (node.id * 0x9E3779B9 ^ word.hashCode()) & (SLOTS - 1);
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
