package io.callsight.quality.redact;

import java.util.HashSet;
import java.util.Set;

/**
 * What redaction keeps from one turn of a call to the next: the cue for a code or a date that the
 * last turn read ended with (so the answer's number is taken without reading the question again),
 * and the value of every security code and date of birth taken so far, so that the same code or
 * date said again later in the call, without its cue ("March 7th 1985, that matches", the agent
 * reading a PIN back), is taken too. One per call, its turns redacted in order; not thread-safe.
 */
public final class SaidSoFar {
  /** The last text read, and the cue its end held (null: none). */
  String lastText;

  CuedNumbers.Cue lastCue;

  /** How many short turns in a row {@link #lastCue} was kept through, waiting for its answer. */
  int cueCarried;

  private Set<String> codes;
  private Set<String> dates;

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
