package io.callsight.quality.sentiment;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Longest-first lookup of lexicon entries in a character sequence, without building strings. */
final class CharTrie {
  private static final class Node {
    char[] labels = new char[0];
    Node[] kids = new Node[0];
    Token token;

    Node child(char c) {
      int i = Arrays.binarySearch(labels, c);
      return i < 0 ? null : kids[i];
    }
  }

  private final Node root = new Node();

  CharTrie(Map<String, Token> entries) {
    Map<Node, TreeMap<Character, Node>> building = new java.util.IdentityHashMap<>();
    for (Map.Entry<String, Token> e : entries.entrySet()) {
      Node n = root;
      for (char c : e.getKey().toCharArray()) {
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
