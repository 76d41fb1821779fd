package io.callsight.quality.sentiment;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Longest-first lookup of lexicon entries in a character sequence, without building strings. */
final class CharTrie {
  /** Above this many children a node finds a child by hash; below, by binary search. */
  private static final int HASHED = 8;

  private static final class Node {
    char[] labels = new char[0];
    Node[] kids = new Node[0];
    Token token;
    // Open addressing, twice the children or more; char 0 (in no entry) marks a free slot.
    char[] hashedLabels;
    Node[] hashedKids;

    Node child(char c) {
      if (hashedLabels != null) {
        int mask = hashedLabels.length - 1;
        for (int h = slot(c, mask); ; h = (h + 1) & mask) {
          char label = hashedLabels[h];
          if (label == c) {
            return hashedKids[h];
          }
          if (label == 0) {
            return null;
          }
        }
      }
      int i = Arrays.binarySearch(labels, c);
      return i < 0 ? null : kids[i];
    }

    void hash() {
      int size = Integer.highestOneBit(labels.length * 2) * 2;
      hashedLabels = new char[size];
      hashedKids = new Node[size];
      for (int i = 0; i < labels.length; i++) {
        int h = slot(labels[i], size - 1);
        while (hashedLabels[h] != 0) {
          h = (h + 1) & (size - 1);
        }
        hashedLabels[h] = labels[i];
        hashedKids[h] = kids[i];
      }
    }

    private static int slot(char c, int mask) {
      return (c * 0x9E3779B1 >>> 16) & mask;
    }
  }

  private final Node root = new Node();

  CharTrie(Map<String, Token> entries) {
    Map<Node, TreeMap<Character, Node>> building = new java.util.IdentityHashMap<>();
    for (Map.Entry<String, Token> e : entries.entrySet()) {
      Node n = root;
      for (char c : e.getKey().toCharArray()) {
        if (c == 0) {
          throw new IllegalArgumentException("a lexicon entry holds the character 0");
        }
        n = building.computeIfAbsent(n, k -> new TreeMap<>()).computeIfAbsent(c, k -> new Node());
      }
      n.token = e.getValue();
    }
    building.forEach(
        (node, kids) -> {
          node.labels = new char[kids.size()];
          node.kids = new Node[kids.size()];
          int i = 0;
          for (Map.Entry<Character, Node> k : kids.entrySet()) {
            node.labels[i] = k.getKey();
            node.kids[i++] = k.getValue();
          }
          // Every position of a text starts at the root, whose children are thousands, and the
          // binary search among them was a tenth of scoring a Chinese call.
          if (kids.size() > HASHED) {
            node.hash();
          }
        });
  }

  /**
   * The longest entry starting at {@code from}: its token in {@code found[0]}, its length returned
   * (0: none).
   */
  int longest(CharSequence text, int from, Token[] found) {
    Node n = root;
    int best = 0;
    for (int i = from; i < text.length(); i++) {
      n = n.child(text.charAt(i));
      if (n == null) {
        break;
      }
      if (n.token != null) {
        best = i - from + 1;
        found[0] = n.token;
      }
    }
    return best;
  }
}
