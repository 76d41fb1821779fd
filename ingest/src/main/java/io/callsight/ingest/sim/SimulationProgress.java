package io.callsight.ingest.sim;

import java.time.Instant;

/** Where a running simulation is: its clock and the events reported so far. */
public record SimulationProgress(Instant simulatedTime, long events) {}
