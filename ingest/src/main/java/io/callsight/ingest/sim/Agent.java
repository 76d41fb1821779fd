package io.callsight.ingest.sim;

import io.callsight.schemas.AgentEventType;
import io.callsight.schemas.EndedBy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One agent at run time: logs in and out with the shift, takes breaks, and handles one call at a
 * time — ringing, talk with holds, transfer or hang-up, after-call work — before taking the oldest
 * call waiting in any of its queues or joining their idle lines.
 */
final class Agent {
  private static final double CALLER_HANGS_UP_SHARE = 0.6;
  private static final String AUTO_PAUSE_REASON = "auto-pause";

  private enum State {
    LOGGED_OUT,
    IDLE,
    PAUSED,
    RINGING,
    TALKING,
    ON_HOLD,
    WRAP_UP
  }

  final String id;
  private final List<String> queueNames;
  private final CallQueue[] queues;
  private final Line.Place<Agent>[] idlePlaces;
  private final Centre centre;
  private final Pbx pbx;
  private final AgentBehaviour behaviour;
  private final SplittableRandom random;
  private final LocalTime shiftStart;
  private final long shiftMillis;
  private final long jitterMillis;
  private final long breakOffset;
  private final double pace;
  private final Timer shiftTimer = new Timer(this::shiftTimerFired);
  private final Timer breakTimer = new Timer(this::breakDue);
  private final Timer pauseTimer = new Timer(this::pauseOver);
  private final Timer workTimer = new Timer(this::workStep);

  private State state = State.LOGGED_OUT;
  private LocalDate shiftDay;
  private long shiftStartedAt;
  private long loggedInAt;
  private long loggedInSimTime;
  private boolean shiftOver;
  private int nextBreak;
  private BreakPlan dueBreak;
  private String session;
  private int sessionEvents;

  private Call call;
  private CallQueue handled;
  private boolean answers;
  private long ringStartedAt;
  private long answeredAt;
  private long holdStartedAt;
  private long holdTotal;
  private long talkLeft;
  private int holdsLeft;
  private long talkEndedAt;
  private boolean transferred;

  @SuppressWarnings("unchecked")
  Agent(String id, TeamConfig team, CallQueue[] queues, Centre centre, SplittableRandom random) {
    this.id = id;
    this.queueNames = team.queues();
    this.queues = queues;
    this.idlePlaces = new Line.Place[queues.length];
    for (int i = 0; i < queues.length; i++) {
      idlePlaces[i] = new Line.Place<>(this);
    }
    this.centre = centre;
    this.pbx = centre.pbx;
    this.behaviour = centre.behaviour;
    this.random = random;
    this.shiftStart = team.shiftStart();
    this.shiftMillis = team.shiftLength().toMillis();
    this.jitterMillis = behaviour.shiftJitter().toMillis();
    long stagger = behaviour.breakStagger().toMillis();
    this.breakOffset = stagger == 0 ? 0 : random.nextLong(-stagger, stagger + 1);
    double paceVariance = Math.log1p(behaviour.paceCv() * behaviour.paceCv());
    this.pace = Math.exp(Math.sqrt(paceVariance) * random.nextGaussian() - paceVariance / 2);
  }

  /** Plans the first log-in: now if the simulation starts during a shift, else the next shift. */
  void start() {
    LocalDate today = Instant.ofEpochMilli(pbx.now()).atZone(centre.zone).toLocalDate();
    shiftDay = today.minusDays(1);
    while (nominalStart(shiftDay) + shiftMillis <= pbx.now()) {
      shiftDay = shiftDay.plusDays(1);
    }
    long start = nominalStart(shiftDay);
    pbx.at(shiftTimer, start <= pbx.now() ? pbx.now() : start + jitter());
  }

  private long nominalStart(LocalDate day) {
    return day.atTime(shiftStart).atZone(centre.zone).toInstant().toEpochMilli();
  }

  private long jitter() {
    return jitterMillis == 0 ? 0 : random.nextLong(-jitterMillis, jitterMillis + 1);
  }

  private void shiftTimerFired() {
    if (state == State.LOGGED_OUT) {
      shiftStarts();
    } else {
      shiftEnds();
    }
  }

  private void shiftStarts() {
    shiftStartedAt = nominalStart(shiftDay);
    if (random.nextDouble() < behaviour.absenceRate()) {
      planNextShift();
      return;
    }
    session = pbx.newUniqueId();
    sessionEvents = 0;
    loggedInAt = pbx.eventNow();
    loggedInSimTime = pbx.now();
    state = State.IDLE;
    report(AgentEventType.LOGIN, null, -1);
    for (CallQueue q : queues) {
      q.memberLoggedIn();
    }
    pbx.at(shiftTimer, shiftStartedAt + shiftMillis + jitter());
    nextBreak = 0;
    planNextBreak();
    becomeAvailable();
  }

  private void shiftEnds() {
    shiftOver = true;
    pbx.timers.cancel(breakTimer);
    dueBreak = null;
    if (state == State.IDLE || state == State.PAUSED) {
      pbx.timers.cancel(pauseTimer);
      logOut();
    }
  }

  private void logOut() {
    leaveIdleLines();
    state = State.LOGGED_OUT;
    shiftOver = false;
    report(AgentEventType.LOGOUT, null, pbx.eventNow() - loggedInAt);
    for (CallQueue q : queues) {
      q.memberLoggedOut();
    }
    planNextShift();
  }

  private void planNextShift() {
    shiftDay = shiftDay.plusDays(1);
    pbx.at(shiftTimer, nominalStart(shiftDay) + jitter());
  }

  private void planNextBreak() {
    List<BreakPlan> breaks = behaviour.breaks();
    while (nextBreak < breaks.size()) {
      BreakPlan plan = breaks.get(nextBreak);
      long due =
          shiftStartedAt + (long) (plan.atShiftFraction() * shiftMillis) + breakOffset + jitter();
      if (due >= loggedInSimTime) {
        pbx.at(breakTimer, due);
        return;
      }
      nextBreak++;
    }
  }

  private void breakDue() {
    dueBreak = behaviour.breaks().get(nextBreak++);
    if (state == State.IDLE) {
      startBreak();
    }
  }

  private void startBreak() {
    BreakPlan plan = dueBreak;
    dueBreak = null;
    leaveIdleLines();
    state = State.PAUSED;
    report(AgentEventType.NOT_READY, plan.reason(), -1);
    pbx.after(pauseTimer, plan.length().toMillis());
    planNextBreak();
  }

  private void autoPause() {
    if (shiftOver) {
      logOut();
      return;
    }
    state = State.PAUSED;
    report(AgentEventType.NOT_READY, AUTO_PAUSE_REASON, -1);
    pbx.after(pauseTimer, behaviour.autoPause().toMillis());
  }

  private void pauseOver() {
    if (dueBreak != null) {
      startBreak();
    } else {
      report(AgentEventType.READY, null, -1);
      becomeAvailable();
    }
  }

  /** Free for the next call: log out or take a due break first, else take or wait for a call. */
  void becomeAvailable() {
    if (shiftOver) {
      logOut();
      return;
    }
    if (dueBreak != null) {
      startBreak();
      return;
    }
    state = State.IDLE;
    Call oldest = null;
    for (CallQueue q : queues) {
      Call waiting = q.waiting.first();
      if (waiting != null && (oldest == null || waiting.ticket < oldest.ticket)) {
        oldest = waiting;
      }
    }
    if (oldest != null) {
      oldest.queue.assign(oldest, this);
    } else {
      for (int i = 0; i < queues.length; i++) {
        queues[i].idle.addLast(idlePlaces[i]);
      }
    }
  }

  private void leaveIdleLines() {
    for (Line.Place<Agent> place : idlePlaces) {
      place.leaveLine();
    }
  }

  /** The switch rings this agent with a call. */
  void ring(Call offered) {
    leaveIdleLines();
    state = State.RINGING;
    call = offered;
    offered.agent = this;
    ringStartedAt = pbx.eventNow();
    pbx.report(SimulatedCallEvent.ringing(offered, ringStartedAt, id));
    long timeout = behaviour.ringTimeout().toMillis();
    answers = random.nextDouble() >= behaviour.ringNoAnswerProbability();
    long delay = answers ? Math.min(centre.answerDelay.sample(random), timeout - 1000) : timeout;
    pbx.after(workTimer, delay);
  }

  /** The caller hung up while this agent's phone rang. */
  void stopRinging() {
    pbx.timers.cancel(workTimer);
    pbx.report(
        SimulatedCallEvent.ringCanceled(call, pbx.eventNow(), id, pbx.eventNow() - ringStartedAt));
    call = null;
  }

  private void workStep() {
    switch (state) {
      case RINGING -> {
        if (answers) {
          answer();
        } else {
          ringNoAnswer();
        }
      }
      case TALKING -> {
        if (holdsLeft > 0) {
          startHold();
        } else {
          endTalk();
        }
      }
      case ON_HOLD -> endHold();
      case WRAP_UP -> endWrapup();
      default -> throw new IllegalStateException("agent " + id + " has no work while " + state);
    }
  }

  private void ringNoAnswer() {
    Call missed = call;
    call = null;
    long now = pbx.eventNow();
    pbx.report(SimulatedCallEvent.ringNoAnswer(missed, now, id, now - ringStartedAt));
    autoPause();
    missed.queue.ringNotAnswered(missed);
  }

  private void answer() {
    handled = call.queue;
    handled.answered(call);
    answeredAt = pbx.eventNow();
    pbx.report(
        SimulatedCallEvent.answered(
            call, answeredAt, id, answeredAt - call.queuedAt, answeredAt - ringStartedAt));
    CallHandling handling = handled.handling;
    talkLeft = (long) (handled.talk.sample(random) * pace);
    holdsLeft =
        random.nextDouble() < handling.holdProbability()
            ? 1 + random.nextInt(handling.maxHolds())
            : 0;
    holdTotal = 0;
    state = State.TALKING;
    continueTalk();
  }

  private void continueTalk() {
    if (holdsLeft > 0) {
      long part = (long) (talkLeft * random.nextDouble(0.2, 0.8));
      talkLeft -= part;
      pbx.after(workTimer, part);
    } else {
      pbx.after(workTimer, talkLeft);
    }
  }

  private void startHold() {
    holdsLeft--;
    state = State.ON_HOLD;
    holdStartedAt = pbx.eventNow();
    pbx.report(SimulatedCallEvent.holdStarted(call, holdStartedAt, id));
    pbx.after(workTimer, handled.hold.sample(random));
  }

  private void endHold() {
    long held = pbx.eventNow() - holdStartedAt;
    holdTotal += held;
    pbx.report(SimulatedCallEvent.holdEnded(call, pbx.eventNow(), id, held));
    state = State.TALKING;
    continueTalk();
  }

  private void endTalk() {
    long now = pbx.eventNow();
    long talked = now - answeredAt - holdTotal;
    long waited = answeredAt - call.queuedAt;
    CallHandling handling = handled.handling;
    transferred = random.nextDouble() < handling.transferProbability();
    if (transferred) {
      int target = random.nextInt(handling.transferTargets().size());
      pbx.report(
          SimulatedCallEvent.transferred(
              call, now, id, waited, talked, holdTotal, handling.transferTargets().get(target)));
      handled.transferredAway();
      CallQueue next = handled.transferQueue(target);
      if (next != null) {
        call.transferTo = next;
        pbx.after(call.timer, 1000 + random.nextInt(2000));
      } else {
        centre.callers.finished(call.caller, pbx.now(), true);
      }
    } else {
      EndedBy by = random.nextDouble() < CALLER_HANGS_UP_SHARE ? EndedBy.CALLER : EndedBy.AGENT;
      pbx.report(SimulatedCallEvent.ended(call, now, id, waited, talked, holdTotal, by));
      centre.callers.finished(call.caller, pbx.now(), true);
    }
    state = State.WRAP_UP;
    talkEndedAt = now;
    pbx.after(workTimer, handled.wrapup.sample(random));
  }

  private void endWrapup() {
    long now = pbx.eventNow();
    String disposition = transferred ? Dispositions.TRANSFERRED : Dispositions.pick(random);
    boolean caseEntered = random.nextDouble() < handled.handling.caseEntryRate();
    pbx.report(
        SimulatedCallEvent.wrapupEnded(
            call, handled.name, now, id, now - talkEndedAt, disposition, caseEntered));
    call = null;
    handled = null;
    becomeAvailable();
  }

  private void report(AgentEventType type, String reason, long loggedInMs) {
    pbx.report(
        new SimulatedAgentEvent(
            session, sessionEvents++, pbx.eventNow(), type, id, queueNames, reason, loggedInMs));
  }
}
