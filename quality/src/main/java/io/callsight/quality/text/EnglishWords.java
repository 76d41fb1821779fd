package io.callsight.quality.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * English words with their offsets: lower-cased, contractions spelled out (don't → do not, I'm → I
 * am), and spoken numbers read as digits ("one three eight" → 138, "double five" → 55, "twenty
 * four" → 24).
 */
public final class EnglishWords {
  /** One word: its text, or the digits of a number ({@link #number}), and where it was. */
  public record Word(String text, boolean number, int start, int end) {}

  /**
   * Contractions and the words they stand for. Those written without the apostrophe (cant, im,
   * thats, ive) are as recognisers and hurried typists write them ("no thats it"); only those that
   * are no other word: not its, lets, ill, id, were, well, hell.
   */
  private static final Map<String, String[]> CONTRACTIONS =
      Map.ofEntries(
          Map.entry("can't", new String[] {"can", "not"}),
          Map.entry("cant", new String[] {"can", "not"}),
          Map.entry("cannot", new String[] {"can", "not"}),
          Map.entry("won't", new String[] {"will", "not"}),
          Map.entry("wont", new String[] {"will", "not"}),
          Map.entry("shan't", new String[] {"shall", "not"}),
          Map.entry("ain't", new String[] {"is", "not"}),
          Map.entry("i'm", new String[] {"i", "am"}),
          Map.entry("im", new String[] {"i", "am"}),
          Map.entry("it's", new String[] {"it", "is"}),
          Map.entry("that's", new String[] {"that", "is"}),
          Map.entry("there's", new String[] {"there", "is"}),
          Map.entry("what's", new String[] {"what", "is"}),
          Map.entry("he's", new String[] {"he", "is"}),
          Map.entry("she's", new String[] {"she", "is"}),
          Map.entry("let's", new String[] {"let", "us"}),
          Map.entry("thats", new String[] {"that", "is"}),
          Map.entry("whats", new String[] {"what", "is"}),
          Map.entry("theres", new String[] {"there", "is"}),
          Map.entry("youre", new String[] {"you", "are"}),
          Map.entry("theyre", new String[] {"they", "are"}),
          Map.entry("ive", new String[] {"i", "have"}),
          Map.entry("youve", new String[] {"you", "have"}),
          Map.entry("weve", new String[] {"we", "have"}),
          Map.entry("theyve", new String[] {"they", "have"}),
          Map.entry("youll", new String[] {"you", "will"}),
          Map.entry("theyll", new String[] {"they", "will"}),
          Map.entry("itll", new String[] {"it", "will"}));

  private static final java.util.Set<String> NT_WORDS =
      java.util.Set.of(
          "dont",
          "doesnt",
          "didnt",
          "isnt",
          "wasnt",
          "arent",
          "werent",
          "couldnt",
          "wouldnt",
          "shouldnt",
          "havent",
          "hasnt",
          "hadnt",
          "mustnt",
          "neednt");

  private EnglishWords() {}

  /** What one thread keeps between texts: the words it has read and the last text's words. */
  private static final class Reader {
    final WordTable<Reading> table = new WordTable<>(Reading::of);
    String lastText;
    List<Word> lastWords;
  }

  private static final ThreadLocal<Reader> READER = ThreadLocal.withInitial(Reader::new);

  /**
   * {@link #words}, remembering the last text on this thread: scoring a turn keys it and scores its
   * sentiment one after the other, and reading it once serves both.
   */
  public static List<Word> wordsOf(String text) {
    Reader reader = READER.get();
    if (reader.lastText != text) {
      reader.lastWords = words(text, reader.table);
      reader.lastText = text;
    }
    return reader.lastWords;
  }

  /**
   * What reading a word needs from its spelling alone: the words it stands for ({@code parts}, a
   * contraction spelled out; null when it is itself), whether it is written in digits, and whether
   * it may begin a spoken number. Worked out once per word a thread reads ({@link WordTable}).
   */
  private record Reading(String word, String[] parts, boolean digits, boolean mayBeginNumber) {
    static Reading of(String w) {
      String[] parts = spelledOut(w);
      boolean number = false;
      for (String part : parts == null ? new String[] {w} : parts) {
        number |= EnglishNumbers.digitsOf(part) != null || EnglishNumbers.repeats(part) > 0;
      }
      return new Reading(w, parts, EnglishNumbers.isDigits(w), number);
    }
  }

  /** The words of a text, numbers merged into one word each. */
  public static List<Word> words(String text) {
    return words(text, READER.get().table);
  }

  private static List<Word> words(String text, WordTable<Reading> table) {
    int n = text.length();
    List<Word> out = new ArrayList<>(n / 5 + 4);
    boolean numbers = false;
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      Reading r = table.read(text, start);
      i = table.wordEnd;
      numbers |= r.mayBeginNumber();
      if (r.parts() == null) {
        out.add(new Word(r.word(), r.digits(), start, i));
      } else {
        for (String part : r.parts()) {
          out.add(new Word(part, false, start, i));
        }
      }
    }
    // Most turns say no number: nothing to merge.
    return numbers ? mergeNumbers(out) : out;
  }

  private static boolean isWordChar(char c) {
    return c < 0x80
        ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : Character.isLetterOrDigit(c);
  }

  /**
   * The words a contraction stands for (can't → can not, I'm → I am, John's → John), none of them
   * empty; null for a word that is no contraction.
   */
  private static String[] spelledOut(String w) {
    if (w.indexOf('\'') < 0
        && !(w.endsWith("nt") && NT_WORDS.contains(w))
        && !CONTRACTIONS.containsKey(w)) {
      return null;
    }
    String[] expanded = CONTRACTIONS.get(w);
    if (expanded == null && w.endsWith("n't")) {
      expanded = new String[] {w.substring(0, w.length() - 3), "not"};
    } else if (expanded == null && NT_WORDS.contains(w)) {
      expanded = new String[] {w.substring(0, w.length() - 2), "not"};
    } else if (expanded == null && w.contains("'")) {
      int a = w.indexOf('\'');
      String suffix = w.substring(a + 1);
      String stem = w.substring(0, a);
      expanded =
          switch (suffix) {
            case "re" -> new String[] {stem, "are"};
            case "ll" -> new String[] {stem, "will"};
            case "ve" -> new String[] {stem, "have"};
            case "d" -> new String[] {stem, "would"};
            case "m" -> new String[] {stem, "am"};
            // The possessive (John's, the dogs'): the noun.
            case "s", "" -> new String[] {stem};
            // Not a contraction (o'clock, ma'am, y'all): one word, or "five o'clock" reads 50.
            default -> null;
          };
    }
    return expanded == null
        ? null
        : java.util.Arrays.stream(expanded).filter(p -> !p.isEmpty()).toArray(String[]::new);
  }

  private static List<Word> mergeNumbers(List<Word> raw) {
    List<Word> out = new ArrayList<>(raw.size());
    int i = 0;
    while (i < raw.size()) {
      String first = raw.get(i).text();
      // Most words begin no number: pass them on without building digits.
      if (EnglishNumbers.digitsOf(first) == null && EnglishNumbers.repeats(first) == 0) {
        out.add(raw.get(i++));
        continue;
      }
      StringBuilder digits = new StringBuilder();
      int j = i;
      int end = -1;
      while (j < raw.size()) {
        String w = raw.get(j).text();
        String next = j + 1 < raw.size() ? raw.get(j + 1).text() : null;
        int repeat = EnglishNumbers.repeats(w);
        String d;
        int digit;
        if (repeat > 0 && next != null && (digit = EnglishNumbers.digitOf(next)) >= 0) {
          digits.append(Integer.toString(digit).repeat(repeat));
          end = raw.get(j + 1).end();
          j += 2;
        } else if (EnglishNumbers.ZERO_SAYINGS.contains(w) && digits.length() > 0) {
          digits.append('0');
          end = raw.get(j).end();
          j++;
        } else if ((d = EnglishNumbers.digitsOf(w)) != null) {
          int tens = EnglishNumbers.tensOf(w);
          // "twenty four" is 24; "twenty zero" is no number people say.
          int unit = tens > 0 && next != null ? EnglishNumbers.DIGIT_WORDS.indexOf(next) : -1;
          if (unit > 0) {
            digits.append(tens).append(unit);
            end = raw.get(j + 1).end();
            j += 2;
          } else {
            digits.append(d);
            end = raw.get(j).end();
            j++;
          }
        } else {
          break;
        }
      }
      if (j > i && digits.length() > 0) {
        out.add(new Word(digits.toString(), true, raw.get(i).start(), end));
        i = j;
      } else {
        out.add(raw.get(i));
        i++;
      }
    }
    return out;
  }
}
