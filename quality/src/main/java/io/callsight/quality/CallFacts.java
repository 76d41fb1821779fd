package io.callsight.quality;

import io.callsight.schemas.Direction;

/**
 * What the switch said about a call, for the rules that judge it (ring time, holds, transfer,
 * outcome). Every field may be null when the call's events are not known.
 */
public record CallFacts(
    String agentId,
    Direction direction,
    Long ringMs,
    Long waitMs,
    Integer holds,
    Long holdMs,
    Boolean transferred,
    String disposition) {

  /** A call whose events are not known. */
  public static final CallFacts NONE =
      new CallFacts(null, null, null, null, null, null, null, null);
}
