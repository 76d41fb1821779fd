package io.callsight.quality.sentiment;

import io.callsight.quality.text.CharFolding;
import io.callsight.quality.text.EnglishWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sentiment lexicon: words and multi-word entries (joined by '_' in files) with their role and
 * value; a text is matched word by word through {@link #startingWith}. Reads this project's {@code
 * .sentiment} files and VADER's lexicon.
 */
final class Lexicon {
  private final Map<String, Token> entries = new HashMap<>();
  private final Phrases phrases = new Phrases();

  Token get(String word) {
    return entries.get(word);
  }

  /**
   * The entries as a trie, for matching Chinese without a word segmenter; each folded as texts are
   * ({@link CharFolding}), or 一应俱全 (folded text: 一应具全) and Q弹 would never match.
   */
  CharTrie trie() {
    Map<String, Token> folded = new HashMap<>();
    entries.forEach(
        (w, t) -> {
          String f = CharFolding.foldText(w);
          // An entry written as texts fold (ok) wins over one that folds into it (OK).
          if (f.equals(w)) {
            folded.put(f, t);
          } else {
            folded.putIfAbsent(f, t);
          }
        });
    return new CharTrie(folded);
  }

  /**
   * The entries as a tree of words: {@code words().after(word)} holds the entries that start with
   * the word, its own ({@link Phrases#token}) and the multi-word ones ({@link Phrases#after}); null
   * if none does. One lookup per word of a text serves both.
   */
  Phrases words() {
    return phrases;
  }

  /**
   * The entries as a tree of words, so a text's words are matched one after another without joining
   * them into a key.
   */
  static final class Phrases {
    private static final AtomicInteger NODES = new AtomicInteger();

    /** Tells nodes apart cheaply ({@link RecentSteps}). */
    final int id = NODES.getAndIncrement();

    private Map<String, Phrases> next;
    private Token token;

    /** The entries that continue with this word, or null if none does. */
    Phrases after(String word) {
      return next == null ? null : next.get(word);
    }

    /** The entry whose words end here, or null. */
    Token token() {
      return token;
    }

    /** Adds an entry; one read alike ("can't stand", can_not_stand) stays unless replaced. */
    private void add(String[] words, Token entry, boolean replace) {
      Phrases node = this;
      for (String w : words) {
        if (node.next == null) {
          node.next = new HashMap<>(4);
        }
        node = node.next.computeIfAbsent(w, k -> new Phrases());
      }
      if (node.token == null || replace) {
        node.token = entry;
      }
    }
  }

  private void put(String word, Token token, String where, boolean replace) {
    String w = word.replace('_', ' ');
    if (entries.containsKey(w) && !replace) {
      throw new IllegalStateException(where + ": '" + w + "' is listed twice");
    }
    entries.put(w, token);
    phrases.add(asRead(w), token, replace);
  }

  /**
   * An entry of words as a text's words are read ({@link EnglishWords}: contractions spelled out,
   * number words as digits, hyphens between words), so that "no one called", VADER's "can't stand"
   * and "self-confident" match the texts that say them. Anything else (VADER's emoticons, ":-D",
   * "<3") as written: read as words, ":-D" would become the word "d".
   */
  private static String[] asRead(String entry) {
    boolean words =
        entry
            .codePoints()
            .allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'');
    return words
        ? EnglishWords.words(entry).stream().map(EnglishWords.Word::text).toArray(String[]::new)
        : entry.split(" ");
  }

  /**
   * Adds a {@code .sentiment} resource: sections [negations], [degrees], [after], [contrast],
   * [clause], [restate], [conditions], [words], [complaints], [thanks] and [case]; entries replace
   * earlier ones from another file but may not repeat within it.
   */
  Lexicon addRules(String resource) {
    Map<String, Token> own = new HashMap<>();
    try (BufferedReader r = open(resource)) {
      String section = null;
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String where = resource + ":" + lineNo;
        if (l.startsWith("[") && l.endsWith("]")) {
          section = l.substring(1, l.length() - 1);
          continue;
        }
        Token.Role role = role(section, where);
        double value = 0;
        String words = l;
        boolean valued =
            role != Token.Role.CONTRAST
                && role != Token.Role.CLAUSE
                && role != Token.Role.RESTATE
                && role != Token.Role.CONDITION;
        int tab = l.indexOf('\t');
        if (valued && tab >= 0) {
          value = Double.parseDouble(l.substring(0, tab).strip());
          words = l.substring(tab + 1);
        } else if (valued && role != Token.Role.NEGATION) {
          // A negation's value is optional: what it counts with nothing to flip, else 0.
          throw new IllegalStateException(where + ": expected value<TAB>words");
        }
        for (String w : words.strip().split("\\s+")) {
          if (own.put(w, new Token(role, value)) != null) {
            throw new IllegalStateException(where + ": '" + w + "' is listed twice in " + resource);
          }
          put(w, new Token(role, value), where, true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Adds VADER's lexicon: word TAB mean valence TAB ...; keeps entries already present. */
  Lexicon addVader(String resource) {
    try (BufferedReader r = open(resource)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length >= 2 && !entries.containsKey(f[0])) {
          put(f[0], new Token(Token.Role.WORD, Double.parseDouble(f[1])), resource, false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private static Token.Role role(String section, String where) {
    if (section == null) {
      throw new IllegalStateException(where + ": an entry before any [section]");
    }
    return switch (section) {
      case "negations" -> Token.Role.NEGATION;
      case "degrees" -> Token.Role.DEGREE;
      case "after" -> Token.Role.AFTER_DEGREE;
      case "contrast" -> Token.Role.CONTRAST;
      case "clause" -> Token.Role.CLAUSE;
      case "restate" -> Token.Role.RESTATE;
      case "conditions" -> Token.Role.CONDITION;
      case "words" -> Token.Role.WORD;
      case "complaints" -> Token.Role.COMPLAINT;
      case "thanks" -> Token.Role.THANKS;
      case "case" -> Token.Role.CASE;
      default -> throw new IllegalStateException(where + ": unknown section [" + section + "]");
    };
  }

  private static BufferedReader open(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "sentiment lexicon "
              + resource
              + " is missing from the classpath: build the quality module with Maven (the English"
              + " lexicon is unpacked from com.github.apanimesh061:vader-sentiment-analyzer)");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
