package io.callsight.schemas;

/** Where an alert is in its life: raised, changed grade, or cleared. */
public enum AlertState {
  RAISED,
  UPDATED,
  CLEARED
}
