package io.callsight.ingest.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * A seeded discrete-event simulation of a contact centre: the same configuration, seed and start
 * give the same events, byte for byte. Runs on the calling thread; {@link #stop()} and interrupts
 * end it from elsewhere.
 */
public final class Simulation {
  private static final long FLUSH_BEFORE_WAIT_NANOS = Duration.ofMillis(20).toNanos();
  private static final long LONGEST_PARK_NANOS = Duration.ofMillis(100).toNanos();
  private static final int STEPS_BETWEEN_CHECKS = 4096;

  private final Pacer pacer;
  private final Pbx pbx;
  private final List<CallQueue> queues = new ArrayList<>();
  private volatile boolean stopRequested;
  private volatile SimulationProgress progress;
  private boolean ran;

  public Simulation(SimulationConfig config, long seed, Pacer pacer, SimulationOutput output) {
    this.pacer = pacer;
    this.pbx = new Pbx(pacer, output, systemName(seed, pacer.start()));
    SplittableRandom root = new SplittableRandom(seed);
    Centre centre =
        new Centre(
            pbx,
            new CallerPopulation(config.callers(), root.split()),
            config.zone(),
            config.agents());
    Map<String, CallQueue> byName = new HashMap<>();
    for (QueueConfig q : config.queues()) {
      CallQueue queue = new CallQueue(q, centre, root.split(), root.split());
      queues.add(queue);
      byName.put(q.name(), queue);
    }
    for (CallQueue queue : queues) {
      queue.linkTransferTargets(byName);
      queue.open();
    }
    int agentNumber = 1001;
    for (TeamConfig team : config.teams()) {
      CallQueue[] served = team.queues().stream().map(byName::get).toArray(CallQueue[]::new);
      for (int i = 0; i < team.agents(); i++) {
        new Agent(String.valueOf(agentNumber++), team, served, centre, root.split()).start();
      }
    }
    publishProgress();
  }

  /**
   * The switch's system name, which prefixes every call id: unique per seed and start, so runs with
   * other seeds or starts never reuse a call or event id.
   */
  private static String systemName(long seed, long start) {
    int tag = new SplittableRandom(seed ^ Long.rotateLeft(start, 32)).nextInt(1 << 24);
    return String.format("sim%06x", tag);
  }

  /**
   * Runs until a limit is reached, {@link #stop()} is called or the thread is interrupted (the
   * interrupt stays set); flushes the output before returning.
   */
  public SimulationSummary run(RunLimits limits) {
    if (ran) {
      throw new IllegalStateException("a simulation runs once");
    }
    ran = true;
    long end =
        limits.simulatedTime() == null
            ? Long.MAX_VALUE
            : pacer.start() + limits.simulatedTime().toMillis();
    pbx.limitEvents(limits.events());
    boolean reachedEnd = false;
    int steps = 0;
    try {
      while (!stopRequested && !pbx.budgetSpent()) {
        Timer next = pbx.timers.peek();
        if (next == null || next.at >= end) {
          reachedEnd = true;
          break;
        }
        if (!awaitTurn(next.at)) {
          break;
        }
        pbx.timers.poll();
        pbx.advanceTo(next.at);
        next.action.run();
        if (++steps == STEPS_BETWEEN_CHECKS) {
          steps = 0;
          publishProgress();
          if (Thread.currentThread().isInterrupted()) {
            break;
          }
        }
      }
    } finally {
      publishProgress();
      pbx.flush();
    }
    long until = reachedEnd && end != Long.MAX_VALUE ? end : pbx.now();
    return new SimulationSummary(
        Instant.ofEpochMilli(pacer.start()),
        Instant.ofEpochMilli(until),
        pbx.callEvents(),
        pbx.agentEvents(),
        queues.stream().map(CallQueue::summary).toList());
  }

  /** Waits for the wall clock (real-time pacing); false when stopped or interrupted meanwhile. */
  private boolean awaitTurn(long simTime) {
    long wait = pacer.nanosUntil(simTime);
    if (wait <= 0) {
      return true;
    }
    publishProgress();
    if (wait > FLUSH_BEFORE_WAIT_NANOS) {
      pbx.flush();
      wait = pacer.nanosUntil(simTime);
    }
    while (wait > 0) {
      if (stopRequested || Thread.currentThread().isInterrupted()) {
        return false;
      }
      LockSupport.parkNanos(this, Math.min(wait, LONGEST_PARK_NANOS));
      wait = pacer.nanosUntil(simTime);
    }
    return !stopRequested && !Thread.currentThread().isInterrupted();
  }

  /** Asks a running simulation to stop soon; safe from any thread. */
  public void stop() {
    stopRequested = true;
  }

  /** The latest progress, updated every few thousand steps and whenever the run waits. */
  public SimulationProgress progress() {
    return progress;
  }

  private void publishProgress() {
    progress =
        new SimulationProgress(
            Instant.ofEpochMilli(pbx.now()), pbx.callEvents() + pbx.agentEvents());
  }
}
