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
}
