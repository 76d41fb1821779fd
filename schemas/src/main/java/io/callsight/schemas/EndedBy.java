package io.callsight.schemas;

/** Which party ended the talk. */
public enum EndedBy {
  CALLER,
  AGENT,
  SYSTEM
}
