package io.callsight.schemas;

/** How a call was transferred away from an agent. */
public enum TransferKind {
  BLIND,
  ATTENDED,
  UNKNOWN
}
