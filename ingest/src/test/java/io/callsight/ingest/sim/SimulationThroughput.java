package io.callsight.ingest.sim;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * Measures simulation speed in max pacing with an output that only counts, so no sink cost is
 * included: {@code java ... SimulationThroughput [profile] [simulated hours]}. Reports events per
 * second of the simulating thread's CPU time (fair on a shared machine) and of wall time, and the
 * bytes it allocates per event. Not a test: speed depends on the machine.
 */
public final class SimulationThroughput {
  private SimulationThroughput() {}

  public static void main(String[] args) {
    String profile = args.length > 0 ? args[0] : "large";
    Duration span = Duration.ofHours(args.length > 1 ? Long.parseLong(args[1]) : 2);
    // Start at 09:00 in the centre's zone, so the run covers the busy morning.
    Instant start = Instant.parse("2025-03-03T01:00:00Z");
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= 3; round++) {
      CountingOutput output = new CountingOutput();
      long built = System.nanoTime();
      Simulation simulation =
          new Simulation(Profiles.named(profile), round, Pacer.asFastAsPossible(start), output);
      long began = System.nanoTime();
      long cpuBegan = threads.getCurrentThreadCpuTime();
      long bytesBefore = threads.getCurrentThreadAllocatedBytes();
      SimulationSummary summary = simulation.run(RunLimits.simulated(span));
      double cpu = (threads.getCurrentThreadCpuTime() - cpuBegan) / 1e9;
      long bytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
      double wall = (System.nanoTime() - began) / 1e9;
      System.out.printf(
          "%s round %d: built in %.2f s; %,d events of %s: %.2f s CPU = %,.0f events/s"
              + " (wall %.2f s = %,.0f events/s); %.0f bytes allocated per event%n",
          profile,
          round,
          (began - built) / 1e9,
          summary.events(),
          span,
          cpu,
          summary.events() / cpu,
          wall,
          summary.events() / wall,
          bytes / (double) summary.events());
    }
  }

  /** Consumes events the way a sink would (reading a field) without any sink cost. */
  private static final class CountingOutput implements SimulationOutput {
    private long checksum;

    @Override
    public void call(SimulatedCallEvent event) {
      checksum += event.time();
    }

    @Override
    public void agent(SimulatedAgentEvent event) {
      checksum += event.time();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      System.out.println("checksum " + checksum);
    }
  }
}
