package io.callsight.druid;

import java.util.Locale;

/** What making sure of one supervisor did: created it, replaced its spec, or left it alone. */
public record SupervisorOutcome(String id, Action action, String detail) {
  /** The change made to Druid. */
  public enum Action {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  @Override
  public String toString() {
    return id + ": " + action.name().toLowerCase(Locale.ROOT) + " (" + detail + ")";
  }
}
