package io.callsight.schemas;

/** Warning grade (预警级别), lowest first. */
public enum AlertLevel {
  INFO,
  WARNING,
  CRITICAL
}
