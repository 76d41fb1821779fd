package io.callsight.jobs.kpi;

/** How an output reaches Kafka: once for sure, or at once with a possible repeat after failover. */
public enum SinkGuarantee {
  EXACTLY_ONCE,
  AT_LEAST_ONCE
}
