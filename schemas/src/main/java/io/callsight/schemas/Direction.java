package io.callsight.schemas;

/** Whether the customer called in or the centre called out. */
public enum Direction {
  INBOUND,
  OUTBOUND
}
