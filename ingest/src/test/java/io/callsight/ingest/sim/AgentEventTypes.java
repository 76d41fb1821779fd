package io.callsight.ingest.sim;

import io.callsight.schemas.AgentEventType;

/** Agent event types as an array, for AssertJ's {@code contains}. */
final class AgentEventTypes {
  static final AgentEventType[] ALL = AgentEventType.values();

  private AgentEventTypes() {}
}
