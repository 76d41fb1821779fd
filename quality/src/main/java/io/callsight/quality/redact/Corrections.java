package io.callsight.quality.redact;

import java.util.List;

/**
 * A number corrected as it is said: "one three eight, sorry, one three nine one two …", "… three
 * four, no sorry, one two three five, five six seven eight", 一三九一二三四五，哦不是，五六七八. The part before the
 * correction and the part after it are digits of the same number, but each alone is too short or
 * too far from its cue to be taken. Where one of them was taken, the other goes with it.
 */
final class Corrections {
  /** The fewest digits a part must have: "sorry, 2 accounts" is no part of a phone number. */
  private static final int FEWEST_DIGITS = 3;

  /** The most characters a correction takes ("no sorry let me start again"). */
  private static final int LONGEST = 32;

  private static final long[] ENGLISH_WORDS =
      PackedWord.of(
          List.of(
              "no",
              "sorry",
              "wait",
              "oops",
              "actually",
              "correction",
              "i",
              "mean",
              "my",
              "bad",
              "let",
              "me",
              "start",
              "again",
              "hang",
              "on",
              "um",
              "uh",
              "er",
              "oh",
              "hmm"));

  /** Of {@link #ENGLISH_WORDS}, those that make a correction (the others only go with one). */
  private static final long[] ENGLISH_CORRECTING =
      PackedWord.of(
          List.of("no", "sorry", "wait", "oops", "actually", "correction", "mean", "bad", "again"));

  /** Chinese corrections, longest first, and what may stand around them (哦, 嗯). */
  private static final List<String> HAN_PHRASES =
      List.of("我说错了", "不好意思", "说错了", "应该是", "我是说", "不对", "不是", "错了", "抱歉");

  private static final String HAN_AROUND = "哦噢嗯呃额啊唔是";

  private Corrections() {}

  /**
   * Adds to {@code findings} the other part of each number corrected in the text, with the kind of
   * the part that was taken (a phone, a card, an ID card, an SSN).
   */
  static void takeTheOtherPart(String text, List<Redaction.Finding> findings) {
    List<List<DigitRuns.Digit>> runs =
        DigitRuns.find(text, new boolean[text.length()], null, FEWEST_DIGITS);
    for (int i = 0; i + 1 < runs.size(); i++) {
      int aStart = runs.get(i).get(0).start();
      int aEnd = runs.get(i).get(runs.get(i).size() - 1).end();
      int bStart = runs.get(i + 1).get(0).start();
      int bEnd = runs.get(i + 1).get(runs.get(i + 1).size() - 1).end();
      if (!isCorrection(text, aEnd, bStart)) {
        continue;
      }
      PiiKind before = numberTaken(findings, aStart, aEnd);
      PiiKind after = numberTaken(findings, bStart, bEnd);
      if (before != null && after == null) {
        findings.add(new Redaction.Finding(before, bStart, bEnd));
      } else if (after != null && before == null) {
        findings.add(new Redaction.Finding(after, aStart, aEnd));
      }
    }
  }

  /**
   * Where the part that a number starting at {@code start} corrects begins ("one two three, uh, no,
   * " before it), or {@code start} when it corrects none: the words that said what the number is
   * came before that part.
   */
  static int correctedPartStart(String text, int start) {
    if (start == 0) {
      return start;
    }
    for (List<DigitRuns.Digit> part :
        DigitRuns.find(text.substring(0, start), new boolean[start], null, FEWEST_DIGITS)) {
      int end = part.get(part.size() - 1).end();
      if (end < start && isCorrection(text, end, start)) {
        return part.get(0).start();
      }
    }
    return start;
  }

  /** The kind of a long number taken over any of these characters, or null. */
  private static PiiKind numberTaken(List<Redaction.Finding> findings, int start, int end) {
    for (Redaction.Finding f : findings) {
      boolean number =
          f.kind() == PiiKind.PHONE
              || f.kind() == PiiKind.BANK_CARD
              || f.kind() == PiiKind.ID_CARD
              || f.kind() == PiiKind.SSN;
      if (number && f.start() < end && f.end() > start) {
        return f.kind();
      }
    }
    return null;
  }

  /**
   * Whether any word of a correction is in the text (不对, sorry), as a whole word in English: the
   * test before {@link #takeTheOtherPart} and {@link #correctedPartStart}.
   */
  static boolean saysACorrection(String text) {
    for (String p : HAN_PHRASES) {
      if (text.indexOf(p) >= 0) {
        return true;
      }
    }
    int i = 0;
    while (i < text.length()) {
      if (!DigitRuns.isAsciiLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int end = DigitRuns.letters(text, i);
      if (PackedWord.isIn(ENGLISH_CORRECTING, text, i, end)) {
        return true;
      }
      i = end;
    }
    return false;
  }

  /** Whether the text between two numbers says nothing but a correction. */
  private static boolean isCorrection(String text, int from, int to) {
    if (to - from > LONGEST) {
      return false;
    }
    boolean corrects = false;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (DigitRuns.isAsciiLetter(c)) {
        int end = Math.min(DigitRuns.letters(text, i), to);
        if (!PackedWord.isIn(ENGLISH_WORDS, text, i, end)) {
          return false;
        }
        corrects |= PackedWord.isIn(ENGLISH_CORRECTING, text, i, end);
        i = end;
      } else if (c >= 128 && Character.isLetter(c)) {
        String phrase = hanPhraseAt(text, i, to);
        if (phrase != null) {
          corrects = true;
          i += phrase.length();
        } else if (HAN_AROUND.indexOf(c) >= 0) {
          i++;
        } else {
          return false;
        }
      } else if (Character.isLetterOrDigit(c)) {
        return false;
      } else {
        i++; // a space, a comma, a dash
      }
    }
    return corrects;
  }

  private static String hanPhraseAt(String text, int i, int to) {
    for (String p : HAN_PHRASES) {
      if (i + p.length() <= to && text.startsWith(p, i)) {
        return p;
      }
    }
    return null;
  }
}
