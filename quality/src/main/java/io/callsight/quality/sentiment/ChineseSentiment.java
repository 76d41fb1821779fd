package io.callsight.quality.sentiment;

import io.callsight.quality.text.CharFolding;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese sentiment: the text folded to simplified characters, cut into lexicon words longest first
 * (no word segmenter needed: unknown characters are filler), then {@link ValenceRules}.
 */
final class ChineseSentiment extends LexiconScorer {

  private final CharTrie trie;
  private final Token adverbialGood;

  ChineseSentiment(Lexicon lexicon) {
    this.trie = lexicon.trie();
    this.adverbialGood = lexicon.get("好");
  }

  @Override
  List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>(text.length() + 8);
    StringBuilder clause = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Token mark = punctuation(cp);
      if (mark != null) {
        cut(clause, tokens);
        tokens.add(mark);
        continue;
      }
      int f = CharFolding.fold(cp);
      if (f != CharFolding.DROP) {
        clause.appendCodePoint(f);
      }
    }
    cut(clause, tokens);
    degreeBeforeWords(tokens);
    return tokens;
  }

  /** The token a punctuation mark stands for, or null for other characters. */
  private static Token punctuation(int cp) {
    return switch (cp) {
      case '!', '！' -> Token.EXCLAIM;
      case '，', '。', '；', '？', '?', ',', '.', ';', '：', ':', '、', '…', '~', '～', '\n' ->
          Token.CLAUSE;
      default -> null;
    };
  }

  /**
   * 好 (and 真) before another sentiment word is a degree word, "so": 好小 is small, not good and
   * small; 好吃 is an entry of its own and never reaches here.
   */
  private void degreeBeforeWords(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t == adverbialGood && tokens.get(i + 1).role().valued()) {
        tokens.set(i, SO);
      }
    }
  }

  private static final Token SO = new Token(Token.Role.DEGREE, 1.5);

  /**
   * Whether a clause is a rhetorical question: 不是 (or 不就是) in a clause that ends with 吗 or 嘛
   * (这不是骗人吗, 你们这不就是乱收费嘛), which asserts what it seems to deny.
   */
  private static boolean isRhetorical(CharSequence clause) {
    int n = clause.length();
    if (n < 4 || clause.charAt(n - 1) != '吗' && clause.charAt(n - 1) != '嘛') {
      return false;
    }
    for (int i = 0; i + 1 < n; i++) {
      if (isNotBut(clause, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the 不 of 不是 or 不就是 stands at {@code i}. */
  private static boolean isNotBut(CharSequence clause, int i) {
    if (clause.charAt(i) != '不' || i + 1 >= clause.length()) {
      return false;
    }
    char next = clause.charAt(i + 1);
    return next == '是' || next == '就' && i + 2 < clause.length() && clause.charAt(i + 2) == '是';
  }

  /**
   * 太 + a word the lexicon does not know + 了 (太长了, 太久了, 效率也太低了): too much of something is a
   * complaint; 太好了 and 太感谢了 are entries of their own and never reach here.
   */
  private static final Token EXCESS = new Token(Token.Role.COMPLAINT, -1);

  /** What may come before a bare answer (嗯不是) and after it (没有啊). */
  private static final String OPENERS = "嗯哦噢啊呃额喂唔";

  private static final String PARTICLES = "的啊呀吧哦噢了呢嘛";

  /** After 太: one or two characters that begin no entry, then 了; where 了 is, or -1. */
  private int excessEnd(CharSequence clause, int from) {
    Token[] none = new Token[1];
    for (int j = from; j < clause.length() && j <= from + 2; j++) {
      if (clause.charAt(j) == '了' && j > from) {
        return j;
      }
      if (trie.longest(clause, j, none) > 0) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a clause is a negation alone, with an interjection before it or a particle after. */
  private boolean isBareAnswer(StringBuilder clause) {
    int start = 0;
    int end = clause.length();
    while (start < end && OPENERS.indexOf(clause.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && PARTICLES.indexOf(clause.charAt(end - 1)) >= 0) {
      end--;
    }
    Token[] found = new Token[1];
    return end > start
        && trie.longest(clause, start, found) == end - start
        && found[0].role() == Token.Role.NEGATION;
  }

  /** Longest-first lexicon matching of one clause. */
  private void cut(StringBuilder clause, List<Token> out) {
    if (out.isEmpty() && isBareAnswer(clause)) {
      // 不是。 没有啊， 嗯不用: a turn that opens with a bare negation answers a question; nothing
      // is missing or not done, which is what a negation alone counts.
      out.add(Token.OTHER);
      clause.setLength(0);
      return;
    }
    int n = clause.length();
    boolean rhetorical = isRhetorical(clause);
    int notBut = -1;
    int first = out.size();
    Token[] found = new Token[1];
    int i = 0;
    while (i < n) {
      if (rhetorical && notBut < 0 && isNotBut(clause, i)) {
        notBut = out.size();
      }
      int len = trie.longest(clause, i, found);
      int excess = len == 1 && clause.charAt(i) == '太' ? excessEnd(clause, i + 1) : -1;
      if (excess > 0) {
        out.add(found[0]);
        out.add(EXCESS);
        i = excess;
        continue;
      }
      if (len == 0) {
        out.add(Token.OTHER);
        i++;
      } else {
        out.add(found[0]);
        i += len;
      }
    }
    if (notBut >= first && out.get(notBut).role() == Token.Role.NEGATION) {
      for (int t = notBut + 1; t < out.size(); t++) {
        if (out.get(t).role().valued()) {
          // 这不是乱扣费吗: "isn't this …?" says it is, and its 不 flips nothing. With nothing to
          // flip (不是说三天就到吗) the 不 keeps its own value, a promise not kept.
          out.set(notBut, Token.OTHER);
          break;
        }
      }
    }
    clause.setLength(0);
  }
}
