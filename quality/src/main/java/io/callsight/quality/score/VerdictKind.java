package io.callsight.quality.score;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A rule's outcome on one call. */
public enum VerdictKind {
  PASS,
  FAIL,
  NOT_APPLICABLE;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
