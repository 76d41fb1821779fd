package io.callsight.quality.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CharTrieTest {
  final Token good = new Token(Token.Role.WORD, 2);
  final Token veryGood = new Token(Token.Role.WORD, 3);
  final Token bad = new Token(Token.Role.WORD, -2);
  final CharTrie trie = new CharTrie(Map.of("好", good, "好极了", veryGood, "差", bad));

  @Test
  void theLongestEntryStartingAtAPlaceWins() {
    Token[] found = new Token[1];
    assertThat(trie.longest("真好极了", 1, found)).isEqualTo(3);
    assertThat(found[0]).isEqualTo(veryGood);
    // 好极 is no entry: the longest is 好.
    assertThat(trie.longest("好极", 0, found)).isEqualTo(1);
    assertThat(found[0]).isEqualTo(good);
    assertThat(trie.longest("很差", 1, found)).isEqualTo(1);
    assertThat(found[0]).isEqualTo(bad);
  }

  @Test
  void noEntryOrTheEndOfTheTextIsZero() {
    Token[] found = new Token[1];
    assertThat(trie.longest("真的", 0, found)).isZero();
    assertThat(trie.longest("好", 1, found)).isZero();
    assertThat(found[0]).isNull();
  }

  @Test
  void aNodeWithManyChildrenFindsEachAndNoOther() {
    // Thousands of first characters and a node with hundreds of children, as the lexicon has:
    // such nodes look children up by hash, small ones by binary search.
    Map<String, Token> entries = new java.util.HashMap<>();
    for (char c = '\u4e00'; c < '\u4e00' + 3000; c++) {
      entries.put(String.valueOf(c), new Token(Token.Role.WORD, c % 7));
    }
    for (char c = '\u4e00'; c < '\u4e00' + 300; c++) {
      entries.put("不" + c, new Token(Token.Role.WORD, -(c % 5)));
    }
    CharTrie many = new CharTrie(entries);
    Token[] found = new Token[1];
    for (char c = '\u4e00'; c < '\u4e00' + 3000; c++) {
      assertThat(many.longest(String.valueOf(c), 0, found)).isEqualTo(1);
      assertThat(found[0].value()).isEqualTo(c % 7);
    }
    for (char c = '\u4e00'; c < '\u4e00' + 300; c++) {
      assertThat(many.longest("不" + c + "了", 0, found)).isEqualTo(2);
      assertThat(found[0].value()).isEqualTo(-(c % 5));
    }
    found[0] = null;
    assertThat(many.longest(String.valueOf((char) ('\u4e00' + 3000)), 0, found)).isZero();
    assertThat(many.longest("abc", 0, found)).isZero();
    assertThat(found[0]).isNull();
    // 不 followed by a character no entry continues it with: 不 alone.
    assertThat(many.longest("不" + (char) ('\u4e00' + 300), 0, found)).isEqualTo(1);
    assertThat(found[0].value()).isEqualTo('不' % 7);
  }
}
