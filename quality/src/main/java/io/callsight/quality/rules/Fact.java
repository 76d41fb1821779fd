package io.callsight.quality.rules;

import io.callsight.quality.CallFacts;

/** A fact about a call from the switch's events that a rule can judge. */
public enum Fact {
  RING_SECONDS("ringSeconds", Kind.NUMBER),
  WAIT_SECONDS("waitSeconds", Kind.NUMBER),
  HOLDS("holds", Kind.NUMBER),
  HOLD_SECONDS("holdSeconds", Kind.NUMBER),
  TRANSFERRED("transferred", Kind.YES_NO),
  DISPOSITION("disposition", Kind.TEXT);

  /** What kind of value the fact has, which decides the comparisons a rule may use. */
  public enum Kind {
    NUMBER,
    YES_NO,
    TEXT
  }

  private final String code;
  private final Kind kind;

  Fact(String code, Kind kind) {
    this.code = code;
    this.kind = kind;
  }

  public String code() {
    return code;
  }

  public Kind kind() {
    return kind;
  }

  /** The fact's value for a call (a Double, Boolean or String), or null when not known. */
  public Object valueOf(CallFacts f) {
    return switch (this) {
      case RING_SECONDS -> f.ringMs() == null ? null : f.ringMs() / 1000.0;
      case WAIT_SECONDS -> f.waitMs() == null ? null : f.waitMs() / 1000.0;
      case HOLDS -> f.holds() == null ? null : f.holds().doubleValue();
      case HOLD_SECONDS -> f.holdMs() == null ? null : f.holdMs() / 1000.0;
      case TRANSFERRED -> f.transferred();
      case DISPOSITION -> f.disposition();
    };
  }

  /** The fact a rule names, or null. */
  public static Fact of(String code) {
    for (Fact f : values()) {
      if (f.code.equals(code)) {
        return f;
      }
    }
    return null;
  }
}
