package io.callsight.ingest.sim;

/**
 * The simulated phone switch's shared services: the clock (simulated and event time), the agenda of
 * timers, Asterisk-style unique ids, and reporting events to the output (stopping exactly at an
 * event budget).
 */
final class Pbx {
  final TimerQueue timers;
  private final Pacer pacer;
  private final SimulationOutput output;
  private final String systemName;
  private long now;
  private long eventNow;
  private long uniqueIds;
  private long tickets;
  private long callEvents;
  private long agentEvents;
  private long eventBudget = Long.MAX_VALUE;

  Pbx(Pacer pacer, SimulationOutput output, String systemName) {
    this.pacer = pacer;
    this.output = output;
    this.systemName = systemName;
    this.timers = new TimerQueue(pacer.start());
    advanceTo(pacer.start());
  }

  void advanceTo(long simTime) {
    now = simTime;
    eventNow = pacer.eventTime(simTime);
  }

  /** Simulated time, epoch ms: what delays are measured in. */
  long now() {
    return now;
  }

  /** The time events happening now carry, epoch ms: what reported durations are measured in. */
  long eventNow() {
    return eventNow;
  }

  void after(Timer timer, long delayMillis) {
    timers.schedule(timer, now + Math.max(0, delayMillis));
  }

  void at(Timer timer, long simTime) {
    timers.schedule(timer, Math.max(now, simTime));
  }

  /** A new channel id the way Asterisk writes one with a system name: name-epoch.sequence. */
  String newUniqueId() {
    return systemName + "-" + (eventNow / 1000) + "." + uniqueIds++;
  }

  /** The next number in arrival order across all queues (oldest call first). */
  long nextTicket() {
    return tickets++;
  }

  void limitEvents(long budget) {
    eventBudget = budget;
  }

  boolean budgetSpent() {
    return callEvents + agentEvents >= eventBudget;
  }

  void report(SimulatedCallEvent event) {
    if (!budgetSpent()) {
      callEvents++;
      output.call(event);
    }
  }

  void report(SimulatedAgentEvent event) {
    if (!budgetSpent()) {
      agentEvents++;
      output.agent(event);
    }
  }

  long callEvents() {
    return callEvents;
  }

  long agentEvents() {
    return agentEvents;
  }

  void flush() {
    output.flush();
  }
}
