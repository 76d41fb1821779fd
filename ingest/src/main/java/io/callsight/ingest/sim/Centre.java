package io.callsight.ingest.sim;

import java.time.ZoneId;

/** What every queue and agent of one simulated centre shares: the switch, callers, local time. */
final class Centre {
  final Pbx pbx;
  final CallerPopulation callers;
  final ZoneId zone;
  final AgentBehaviour behaviour;
  final LogNormal answerDelay;

  Centre(Pbx pbx, CallerPopulation callers, ZoneId zone, AgentBehaviour behaviour) {
    this.pbx = pbx;
    this.callers = callers;
    this.zone = zone;
    this.behaviour = behaviour;
    this.answerDelay = new LogNormal(behaviour.answerDelay());
  }
}
