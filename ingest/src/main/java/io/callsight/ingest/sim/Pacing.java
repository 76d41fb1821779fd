package io.callsight.ingest.sim;

/** How fast a simulation runs: as fast as possible, or following the wall clock. */
public enum Pacing {
  /** As fast as possible, from a given start: for replays and benchmarks. */
  MAX,
  /** Simulated time follows the wall clock from now (optionally sped up): for live pipelines. */
  REALTIME
}
