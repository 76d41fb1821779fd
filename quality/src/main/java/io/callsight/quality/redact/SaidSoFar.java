package io.callsight.quality.redact;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What redaction keeps from one turn of a call to the next: the cue for a code or a date that the
 * last turn read ended with (so the answer's number is taken without reading the question again),
 * the value of every security code and date of birth taken so far, so that the same code or date
 * said again later in the call, without its cue ("March 7th 1985, that matches", the agent reading
 * a PIN back), is taken too, and likewise the digits of every phone, card and ID-card number and
 * SSN. One per call, its turns redacted in order; not thread-safe.
 */
public final class SaidSoFar {
  /** The last text read, and the cue its end held (null: none). */
  String lastText;

  CuedNumbers.Cue lastCue;

  /** How many short turns in a row {@link #lastCue} was kept through, waiting for its answer. */
  int cueCarried;

  /** Turns since a date of birth was last asked for or given (a follow-up asks for the rest). */
  int sinceBirthCue = Integer.MAX_VALUE / 2;

  private Set<String> codes;
  private Set<String> dates;

  /** The digits of each phone, card and ID number and SSN taken so far, with its kind. */
  private Map<String, PiiKind> numbers;

  /** The same for a second reading of the call's turns ({@link #ofText}), once one is asked for. */
  private SaidSoFar ofText;

  /**
   * What a second reading of the same turns keeps: a transcript whose text is not its words joined
   * (punctuated elsewhere) is read twice, and each reading's cue must wait for its own answer.
   */
  SaidSoFar ofText() {
    if (ofText == null) {
      ofText = new SaidSoFar();
    }
    return ofText;
  }

  /** Remembers the digits of a long number taken (a phone, a card, an ID card, an SSN). */
  void rememberNumber(PiiKind kind, String digits) {
    if (kind == PiiKind.SECURITY_CODE || kind == PiiKind.BIRTH_DATE || digits.isEmpty()) {
      return; // remembered by value instead ({@link #remember})
    }
    if (numbers == null) {
      numbers = new HashMap<>();
    }
    numbers.put(digits, kind);
  }

  /**
   * The kind of a long number taken earlier in the call that these digits say again, or null: the
   * same digits, or all but one ("3725015281?", a read-back with a slip, tells nine digits of ten).
   */
  PiiKind numberLike(String digits) {
    if (numbers == null) {
      return null;
    }
    PiiKind same = numbers.get(digits);
    if (same != null) {
      return same;
    }
    for (Map.Entry<String, PiiKind> e : numbers.entrySet()) {
      if (differsInOneDigit(e.getKey(), digits)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean differsInOneDigit(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int differ = 0;
    for (int i = 0; i < a.length() && differ < 2; i++) {
      differ += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return differ == 1;
  }

  /** Remembers a code's or a date's value ({@link NumberValues}); an empty one is not a value. */
  void remember(PiiKind kind, String value) {
    if (value.isEmpty()) {
      return;
    }
    if (kind == PiiKind.BIRTH_DATE) {
      dates = add(dates, value);
    } else {
      codes = add(codes, value);
    }
  }

  private static Set<String> add(Set<String> values, String value) {
    Set<String> to = values == null ? new HashSet<>() : values;
    to.add(value);
    return to;
  }

  /** Whether a code or a date has been taken in this call. */
  boolean holdsValues() {
    return codes != null || dates != null;
  }

  boolean holds(PiiKind kind, String value) {
    Set<String> values = kind == PiiKind.BIRTH_DATE ? dates : codes;
    return values != null && values.contains(value);
  }

  boolean holdsAny(PiiKind kind) {
    return (kind == PiiKind.BIRTH_DATE ? dates : codes) != null;
  }
}
