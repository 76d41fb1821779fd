package io.callsight.quality.redact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Numbers read out in parts over several turns. Callers read a card or a phone number in groups,
 * and the agent says 嗯, 好的 or "okay" (or repeats the group) after each, so the recogniser cuts one
 * number into turns whose pieces are each too short to be anything: "6222 0212" – 嗯 – "3456 7890
 * 1234 5678". A speaker's turn that ends with a digit and the same speaker's next turn that begins
 * with one, with nothing between but such short turns of the other party and the reader's own 对的 or
 * 等一下, are read as one text; a number found across their join is taken in every turn it spans, and
 * so are the other party's repeats of its groups in between.
 */
public final class NumbersInParts {
  /** The most turns one number is taken to be read in. */
  private static final int MAX_PARTS = 6;

  /** The most words before a part's digits: 然后是, "and then it's". Two Han characters a word. */
  private static final int LEAD_HALF_WORDS = 8;

  /** The most words of a turn said between two parts (嗯, 好的, "okay, go on", a group repeated). */
  private static final int BETWEEN_HALF_WORDS = 12;

  /** The most words of the reader's own turn between two parts (对的, "yep, that's right"). */
  private static final int CONFIRMATION_HALF_WORDS = 6;

  /** The fewest digits of a repeated group that is taken as the number's. */
  private static final int REPEAT_DIGITS = 2;

  private final Redactor redactor;

  public NumbersInParts(Redactor redactor) {
    this.redactor = redactor;
  }

  /**
   * A call's turns redacted in order, each as the answer to the one before, with the numbers read
   * over several turns taken in every turn they span.
   *
   * @param text a turn's text
   * @param speaker who said a turn (compared with equals)
   */
  public <T> List<Redaction> redactInOrder(
      List<T> turns, Function<T, String> text, Function<T, ?> speaker) {
    SaidSoFar said = new SaidSoFar();
    List<List<Redaction.Finding>> inParts = find(turns, text, speaker, said);
    List<Redaction> out = new ArrayList<>(turns.size());
    String asked = "";
    for (int i = 0; i < turns.size(); i++) {
      String turn = text.apply(turns.get(i));
      out.add(redactor.redact(turn, asked, said, inParts.get(i)));
      asked = turn;
    }
    return out;
  }

  /**
   * For each of a call's turns in order, the pieces of numbers read over several turns that it
   * holds, as findings in its text; an empty list for most turns.
   *
   * @param text a turn's text
   * @param speaker who said a turn (compared with equals)
   * @param said the call's memory, which learns each such number's digits, so that its turns take
   *     the number wherever it is said again whole ({@link SaidSoFar#numberLike})
   */
  public <T> List<List<Redaction.Finding>> find(
      List<T> turns, Function<T, String> text, Function<T, ?> speaker, SaidSoFar said) {
    int n = turns.size();
    List<List<Redaction.Finding>> pieces = null;
    for (int a = 0; a < n; a++) {
      if (!endsWithDigit(text.apply(turns.get(a)))) {
        continue;
      }
      List<Integer> parts = parts(turns, text, speaker, a);
      if (parts.size() >= 2) {
        pieces = taken(turns, text, parts, pieces, said);
        a = parts.get(parts.size() - 1) - 1; // the last part may begin the next number
      }
    }
    return pieces == null ? Collections.nCopies(n, List.of()) : pieces;
  }

  /**
   * The turns of one speaker from {@code a} that read one number in parts: each but the last ends
   * with a digit, each but the first begins with one, and between them only short turns of the
   * other party and the reader's own confirmations.
   */
  private static <T> List<Integer> parts(
      List<T> turns, Function<T, String> text, Function<T, ?> speaker, int a) {
    List<Integer> parts = new ArrayList<>();
    parts.add(a);
    Object reader = speaker.apply(turns.get(a));
    int at = a;
    while (parts.size() < MAX_PARTS && endsWithDigit(text.apply(turns.get(at)))) {
      int next = at + 1;
      while (next < turns.size()
          && (Objects.equals(speaker.apply(turns.get(next)), reader)
              ? isConfirmation(text.apply(turns.get(next)))
              : isBetween(text.apply(turns.get(next))))) {
        next++;
      }
      if (next >= turns.size()
          || !Objects.equals(speaker.apply(turns.get(next)), reader)
          || digitsFrom(text.apply(turns.get(next))) < 0) {
        break;
      }
      parts.add(next);
      at = next;
    }
    return parts;
  }

  /**
   * The parts read as one text (the first whole, for its cue; the others from their first digit;
   * the last whole), and what is found across a join added to each turn's pieces.
   */
  private <T> List<List<Redaction.Finding>> taken(
      List<T> turns,
      Function<T, String> text,
      List<Integer> parts,
      List<List<Redaction.Finding>> pieces,
      SaidSoFar said) {
    int k = parts.size();
    int[] from = new int[k];
    int[] to = new int[k];
    int[] joinedAt = new int[k];
    StringBuilder joined = new StringBuilder();
    for (int p = 0; p < k; p++) {
      String part = text.apply(turns.get(parts.get(p)));
      from[p] = p == 0 ? 0 : digitsFrom(part);
      to[p] = p == k - 1 ? part.length() : lastDigitEnd(part);
      if (p > 0) {
        joined.append(", "); // a pause: "seventy" – "one" is 7 0 1, not seventy-one
      }
      joinedAt[p] = joined.length();
      joined.append(part, from[p], to[p]);
    }
    int first = parts.get(0);
    String asked = first > 0 ? text.apply(turns.get(first - 1)) : "";
    List<List<Redaction.Finding>> out = pieces;
    List<List<DigitRuns.Digit>> runs = null;
    for (Redaction.Finding f : redactor.findAcrossParts(joined.toString(), asked).findings()) {
      int p0 = partAt(joinedAt, f.start());
      int p1 = partAt(joinedAt, f.end() - 1);
      if (p0 == p1) {
        continue; // within one turn: that turn's own redaction finds it
      }
      if (runs == null) {
        runs = DigitRuns.find(joined.toString(), new boolean[joined.length()], null, 1);
      }
      int lastOfFirst = joinedAt[p0] + to[p0] - from[p0] - 1;
      if (cuts(joined, runAt(runs, lastOfFirst), f)
          || cuts(joined, runAt(runs, joinedAt[p1]), f)
          || f.kind() == PiiKind.BANK_CARD
              && (cutsOwnNumber(turns, text, parts.get(p0), f.start() - joinedAt[p0] + from[p0])
                  || cutsOwnNumber(
                      turns, text, parts.get(p1), f.end() - joinedAt[p1] + from[p1]))) {
        // Two numbers, each said whole ("3725019281" – "3725015281?" – "No, 3725019281"), not
        // one of twenty digits.
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Collections.nCopies(turns.size(), List.of()));
      }
      for (int p = p0; p <= p1; p++) {
        int start = Math.max(f.start(), joinedAt[p]) - joinedAt[p] + from[p];
        int end = Math.min(f.end(), joinedAt[p] + to[p] - from[p]) - joinedAt[p] + from[p];
        add(out, parts.get(p), new Redaction.Finding(f.kind(), start, end));
      }
      StringBuilder found = new StringBuilder();
      runs.forEach(run -> found.append(DigitRuns.digitsWithin(run, f.start(), f.end())));
      String digits = found.toString();
      if (f.kind() == PiiKind.SECURITY_CODE || f.kind() == PiiKind.BIRTH_DATE) {
        said.remember(f.kind(), NumberValues.of(f.kind(), joined.toString(), f.start(), f.end()));
      } else {
        said.rememberNumber(f.kind(), digits);
      }
      for (int t = parts.get(p0) + 1; t < parts.get(p1); t++) {
        if (!parts.contains(t)) {
          repeats(text.apply(turns.get(t)), digits, f.kind(), out, t);
        }
      }
    }
    return out;
  }

  /** The run of digits holding the character at {@code at}; empty if none does. */
  private static List<DigitRuns.Digit> runAt(List<List<DigitRuns.Digit>> runs, int at) {
    for (List<DigitRuns.Digit> run : runs) {
      if (run.get(0).start() <= at && at < run.get(run.size() - 1).end()) {
        return run;
      }
    }
    return List.of();
  }

  /**
   * Whether a finding cuts a run of digits: leaves out more than two of them at either end (two:
   * 一下's 一, "one moment"), or a written digit against its own (the last of 3725019281; 第一's 一
   * stands against 一三八 as Chinese is written).
   */
  private static boolean cuts(CharSequence text, List<DigitRuns.Digit> run, Redaction.Finding f) {
    int before = 0;
    int after = 0;
    boolean touching = false;
    for (DigitRuns.Digit d : run) {
      if (d.end() <= f.start()) {
        before++;
        touching |= d.end() == f.start() && isWritten(text, d.start(), f.start());
      } else if (d.start() >= f.end()) {
        after++;
        touching |= d.start() == f.end() && isWritten(text, f.end() - 1, d.start());
      }
    }
    return before > 2 || after > 2 || touching;
  }

  /**
   * Whether {@code at}, an offset in a part's turn, falls inside a number that the turn's own
   * redaction finds. A card is told by the Luhn check alone, which one stretch of digits in ten
   * passes, and two numbers said whole one after the other (a mobile, then a work number) offer
   * several such stretches across their join; a card read in parts has only groups too short to be
   * anything. (An ID card's date and check digit, or a mobile's 1[3-9], are not found by chance so
   * easily, and an own number that took in a stray 一 of 一下 must not break them.)
   */
  private <T> boolean cutsOwnNumber(List<T> turns, Function<T, String> text, int turn, int at) {
    String asked = turn > 0 ? text.apply(turns.get(turn - 1)) : "";
    for (Redaction.Finding own : redactor.redact(text.apply(turns.get(turn)), asked).findings()) {
      if (own.start() < at && at < own.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether both characters are digits as written ('0'–'9', full width too). */
  private static boolean isWritten(CharSequence text, int a, int b) {
    return Character.isDigit(text.charAt(a)) && Character.isDigit(text.charAt(b));
  }

  /** The other party's groups said back ("一三八" after "一三八"), taken as the number's. */
  private static void repeats(
      String text, String digits, PiiKind kind, List<List<Redaction.Finding>> out, int turn) {
    for (List<DigitRuns.Digit> run :
        DigitRuns.find(text, new boolean[text.length()], null, REPEAT_DIGITS)) {
      if (digits.contains(DigitRuns.digitsWithin(run, 0, text.length()))) {
        add(
            out,
            turn,
            new Redaction.Finding(kind, run.get(0).start(), run.get(run.size() - 1).end()));
      }
    }
  }

  private static void add(List<List<Redaction.Finding>> out, int turn, Redaction.Finding f) {
    List<Redaction.Finding> own = out.get(turn);
    if (own.isEmpty()) {
      own = new ArrayList<>(2);
      out.set(turn, own);
    }
    own.add(f);
  }

  private static int partAt(int[] joinedAt, int i) {
    int p = 0;
    while (p + 1 < joinedAt.length && joinedAt[p + 1] <= i) {
      p++;
    }
    return p;
  }

  private static String digitsOf(CharSequence joined, int start, int end) {
    String span = joined.subSequence(start, end).toString();
    StringBuilder digits = new StringBuilder();
    for (List<DigitRuns.Digit> run : DigitRuns.find(span, new boolean[span.length()], null, 1)) {
      run.forEach(d -> digits.append(d.value()));
    }
    return digits.toString();
  }

  /** Whether the text's last word, punctuation aside, is a digit ('X' after one: an ID card's). */
  static boolean endsWithDigit(String text) {
    return lastDigitEnd(text) >= 0;
  }

  /**
   * Where the text's last word ends if it is a digit, hesitations aside (一三八嗯, "four uh"); or -1.
   */
  private static int lastDigitEnd(String text) {
    return lastDigitEnd(text, text.length());
  }

  /** As {@link #lastDigitEnd(String)} for the text up to {@code to}; reads without copying. */
  private static int lastDigitEnd(String text, int to) {
    int end = to;
    while (end > 0) {
      char c = text.charAt(end - 1);
      if (!Character.isLetterOrDigit(c) || DigitRuns.HAN_PAUSES.indexOf(c) >= 0) {
        end--;
        continue;
      }
      int wordStart = wordStart(text, end);
      if (wordStart < end && DigitRuns.isPauseWord(text, wordStart, end)) {
        end = wordStart;
        continue;
      }
      break;
    }
    if (end == 0) {
      return -1;
    }
    char last = text.charAt(end - 1);
    if (DigitRuns.isDigit(last)
        || (last == 'X' || last == 'x' || last == '叉')
            && end > 1
            && DigitRuns.isDigit(text.charAt(end - 2))) {
      return end;
    }
    int start = wordStart(text, end);
    // "oh" is a zero after a digit: "four one oh"
    return start < end
            && (DigitRuns.isNumberWord(text, start, end)
                || DigitRuns.isZeroWord(text, start, end) && lastDigitEnd(text, start) >= 0)
        ? end
        : -1;
  }

  /**
   * Where the text's first digit is, if only a few words come before it (嗯, 然后是, "and then it's");
   * -1 if none does.
   */
  static int digitsFrom(String text) {
    int halfWords = 0;
    for (int i = 0; i < text.length() && halfWords <= LEAD_HALF_WORDS; ) {
      char c = text.charAt(i);
      if (DigitRuns.isDigit(c) && !isInWord(text, i) || isCheckCharacterAlone(text, i)) {
        return i;
      }
      if (DigitRuns.isAsciiLetter(c)) {
        int end = DigitRuns.letters(text, i);
        if (DigitRuns.isNumberWord(text, i, end)
            || (DigitRuns.isZeroWord(text, i, end) || DigitRuns.isRepeatWord(text, i, end))
                && digitsFrom(text.substring(end)) == 1) {
          return i; // "oh nine", "double oh two": a zero and a repeat before a digit
        }
        halfWords += DigitRuns.isPauseWord(text, i, end) ? 0 : 2;
        i = end;
      } else {
        halfWords += isHanWord(c) && DigitRuns.HAN_PAUSES.indexOf(c) < 0 ? 1 : 0;
        i++;
      }
    }
    return -1;
  }

  /**
   * Whether an ID card's last character stands alone at {@code i}, the rest of the turn without a
   * word (叉, "X."): the part that ends an ID card read in parts.
   */
  private static boolean isCheckCharacterAlone(String text, int i) {
    char c = text.charAt(i);
    if (c != '叉' && c != 'X' && c != 'x') {
      return false;
    }
    for (int j = i + 1; j < text.length(); j++) {
      if (Character.isLetterOrDigit(text.charAt(j))) {
        return false;
      }
    }
    return c == '叉' || i == 0 || !DigitRuns.isAsciiLetter(text.charAt(i - 1));
  }

  /**
   * Whether the Han numeral at {@code i} is inside a word rather than a number: 一 in 等一下, 一点, 一个,
   * with no numeral after it.
   */
  private static boolean isInWord(String text, int i) {
    char c = text.charAt(i);
    if (c < 128 || i + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(i + 1);
    return isHanWord(next) && !DigitRuns.isDigit(next) && next != '叉';
  }

  /**
   * Whether the other party's turn is short enough to stand between two parts: 嗯, 好的, "okay, go
   * on", or a group said back (its digits count nothing).
   */
  private static boolean isBetween(String text) {
    return halfWords(text) <= BETWEEN_HALF_WORDS;
  }

  /**
   * Whether the reader's own turn between two parts only confirms or asks for time: 对的, "yep",
   * 等一下我看一下啊 (a numeral inside a word is no digit).
   */
  private static boolean isConfirmation(String text) {
    return halfWords(text) <= CONFIRMATION_HALF_WORDS && !hasDigit(text) && digitsFrom(text) < 0;
  }

  /**
   * A text's words but its digits and hesitations, two Han characters a word, counted twice: 嗯嗯 好的
   * 稍等我记一下 好了 您继续 is six words.
   */
  private static int halfWords(String text) {
    int halfWords = 0;
    for (int i = 0; i < text.length() && halfWords <= BETWEEN_HALF_WORDS; ) {
      char c = text.charAt(i);
      if (DigitRuns.isAsciiLetter(c)) {
        int end = DigitRuns.letters(text, i);
        halfWords +=
            DigitRuns.isNumberWord(text, i, end) || DigitRuns.isPauseWord(text, i, end) ? 0 : 2;
        i = end;
      } else {
        halfWords +=
            isHanWord(c) && !DigitRuns.isDigit(c) && DigitRuns.HAN_PAUSES.indexOf(c) < 0 ? 1 : 0;
        i++;
      }
    }
    return halfWords;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (DigitRuns.isDigit(c) && !isInWord(text, i)
          || DigitRuns.isAsciiLetter(c)
              && (i == 0 || !DigitRuns.isAsciiLetter(text.charAt(i - 1)))
              && DigitRuns.isNumberWord(text, i, DigitRuns.letters(text, i))) {
        return true;
      }
    }
    return false;
  }

  private static int wordStart(String text, int end) {
    int start = end;
    while (start > 0 && DigitRuns.isAsciiLetter(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static boolean isHanWord(char c) {
    return c >= 128 && Character.isLetter(c);
  }
}
