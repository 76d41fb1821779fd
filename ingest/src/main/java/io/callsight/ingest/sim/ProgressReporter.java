package io.callsight.ingest.sim;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Prints a running simulation's progress for people every few seconds. */
final class ProgressReporter implements AutoCloseable {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Simulation simulation;
  private final PrintStream out;
  private final ZoneId zone;
  private final ScheduledExecutorService timer;
  private long lastEvents;
  private long lastNanos = System.nanoTime();

  ProgressReporter(Simulation simulation, PrintStream out, ZoneId zone, Duration every) {
    this.simulation = simulation;
    this.out = out;
    this.zone = zone;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "simulation-progress");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleAtFixedRate(
        this::report, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void report() {
    SimulationProgress now = simulation.progress();
    long nanos = System.nanoTime();
    double rate = (now.events() - lastEvents) * 1e9 / Math.max(1, nanos - lastNanos);
    lastEvents = now.events();
    lastNanos = nanos;
    out.printf(
        "simulated %s (%s) · %,d events written · %,.0f events/s%n",
        CLOCK.format(now.simulatedTime().atZone(zone)), zone, now.events(), rate);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
