package io.callsight.schemas;

import java.util.Objects;

/**
 * A warning (预警) on {@code alerts}. One alert id covers a breach from raise to clear; its grade may
 * change in between. {@code source} says which job raised it.
 */
public record Alert(
    String alertId,
    String source,
    String kind,
    AlertLevel level,
    AlertState state,
    String queue,
    String agentId,
    String callId,
    Double value,
    Double threshold,
    String message,
    long eventTime) {

  public Alert {
    Records.requireText(alertId, "alertId");
    Records.requireText(source, "source");
    Records.requireText(kind, "kind");
    Objects.requireNonNull(level, "level is required");
    Objects.requireNonNull(state, "state is required");
    Records.requireText(message, "message");
  }
}
