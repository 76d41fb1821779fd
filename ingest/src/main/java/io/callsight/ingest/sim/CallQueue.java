package io.callsight.ingest.sim;

import io.callsight.schemas.CallEventType;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One queue at run time: calls arrive, wait in line and give up when their patience runs out; idle
 * agents wait in line too, and the head call goes to the longest-idle agent. It keeps the queue's
 * outcome counts.
 */
final class CallQueue {
  private static final char EXIT_KEY = '1';

  final String name;
  final CallHandling handling;
  final LogNormal talk;
  final LogNormal hold;
  final LogNormal wrapup;
  final Line<Call> waiting = new Line<>();
  final Line<Agent> idle = new Line<>();
  private final Centre centre;
  private final Pbx pbx;
  private final SplittableRandom arrivalRandom;
  private final SplittableRandom callerRandom;
  private final ArrivalProcess arrivals;
  private final Timer arrivalTimer = new Timer(this::callArrives);
  private final LogNormal patience;
  private final double keyExitShare;
  private final long maxWait;
  private final long serviceLevelMillis;
  private final CallQueue[] transferQueues;
  private int ringing;
  private int loggedIn;
  private final QueueCounts counts = new QueueCounts();

  CallQueue(
      QueueConfig config,
      Centre centre,
      SplittableRandom arrivalRandom,
      SplittableRandom callerRandom) {
    this.name = config.name();
    this.handling = config.handling();
    this.talk = new LogNormal(handling.talk());
    this.hold = new LogNormal(handling.hold());
    this.wrapup = new LogNormal(handling.wrapup());
    this.centre = centre;
    this.pbx = centre.pbx;
    this.arrivalRandom = arrivalRandom;
    this.callerRandom = callerRandom;
    this.arrivals = new ArrivalProcess(config, centre.zone, pbx.now());
    this.patience = new LogNormal(config.patience().patience());
    this.keyExitShare = config.patience().keyExitShare();
    this.maxWait =
        config.patience().maxWait() == null ? -1 : config.patience().maxWait().toMillis();
    this.serviceLevelMillis = config.serviceLevelThreshold().toMillis();
    this.transferQueues = new CallQueue[handling.transferTargets().size()];
  }

  /** Links transfer targets that name queues, so transferred calls re-enter them. */
  void linkTransferTargets(Map<String, CallQueue> queues) {
    for (int i = 0; i < transferQueues.length; i++) {
      transferQueues[i] = queues.get(handling.transferTargets().get(i));
    }
  }

  /** The queue a transfer target re-enters, or null for a target outside the centre. */
  CallQueue transferQueue(int target) {
    return transferQueues[target];
  }

  void open() {
    scheduleNextArrival();
  }

  private void scheduleNextArrival() {
    long next = arrivals.next(arrivalRandom);
    if (next != Long.MAX_VALUE) {
      pbx.at(arrivalTimer, next);
    }
  }

  private void callArrives() {
    int caller = centre.callers.next(pbx.now());
    enter(new Call(pbx.newUniqueId(), caller, centre.callers.number(caller)));
    scheduleNextArrival();
  }

  /** The call enters this queue: a new leg (first arrival or a transfer). */
  void enter(Call call) {
    call.queue = this;
    call.agent = null;
    call.queuedAt = pbx.eventNow();
    call.ticket = pbx.nextTicket();
    call.originalPosition = waiting.size() + ringing + 1;
    counts.offered++;
    pbx.report(SimulatedCallEvent.queued(call, call.queuedAt, call.originalPosition));
    long waitLimit = patience.sample(callerRandom);
    if (maxWait >= 0 && maxWait <= waitLimit) {
      call.leaveAs = CallEventType.TIMEOUT;
      waitLimit = maxWait;
    } else {
      call.leaveAs =
          callerRandom.nextDouble() < keyExitShare
              ? CallEventType.EXIT_WITH_KEY
              : CallEventType.ABANDONED;
    }
    if (loggedIn == 0) {
      leave(call, CallEventType.EXIT_EMPTY, call.originalPosition);
      return;
    }
    waiting.addLast(call.place);
    pbx.after(call.timer, waitLimit);
    dispatch();
  }

  /** Offers waiting calls to idle agents, oldest call to longest-idle agent, while both exist. */
  private void dispatch() {
    while (!waiting.isEmpty() && !idle.isEmpty()) {
      assign(waiting.first(), idle.first());
    }
  }

  /** Rings {@code agent} with a call that was waiting in this queue. */
  void assign(Call call, Agent agent) {
    waiting.remove(call.place);
    ringing++;
    agent.ring(call);
  }

  /** The agent let the call ring out: it goes back to its place in line. */
  void ringNotAnswered(Call call) {
    ringing--;
    call.agent = null;
    if (loggedIn == 0) {
      pbx.timers.cancel(call.timer);
      leave(call, CallEventType.EXIT_EMPTY, ringing + 1);
      return;
    }
    Line.Place<Call> successor = waiting.firstPlace();
    while (successor != null && successor.member.ticket < call.ticket) {
      successor = Line.next(successor);
    }
    waiting.insertBefore(call.place, successor);
    dispatch();
  }

  void answered(Call call) {
    ringing--;
    pbx.timers.cancel(call.timer);
    counts.answered++;
    if (pbx.eventNow() - call.queuedAt <= serviceLevelMillis) {
      counts.answeredWithinThreshold++;
    }
  }

  void transferredAway() {
    counts.transferred++;
  }

  /** The caller's patience (or the queue's maximum wait) ran out. */
  void giveUp(Call call) {
    Agent ringingAgent = call.agent;
    int position;
    if (ringingAgent != null) {
      ringingAgent.stopRinging();
      ringing--;
      call.agent = null;
      position = 1;
    } else {
      position = ringing + waiting.ahead(call.place) + 1;
      waiting.remove(call.place);
    }
    leave(call, call.leaveAs, position);
    if (ringingAgent != null) {
      ringingAgent.becomeAvailable();
    }
  }

  private void leave(Call call, CallEventType how, int position) {
    long waited = pbx.eventNow() - call.queuedAt;
    counts.left(how, waited > serviceLevelMillis);
    char key = how == CallEventType.EXIT_WITH_KEY ? EXIT_KEY : 0;
    pbx.report(SimulatedCallEvent.leftQueue(call, pbx.eventNow(), how, position, waited, key));
    centre.callers.finished(call.caller, pbx.now(), false);
  }

  void memberLoggedIn() {
    loggedIn++;
  }

  /** With its last member gone the queue empties: waiting callers are sent away. */
  void memberLoggedOut() {
    loggedIn--;
    while (loggedIn == 0 && !waiting.isEmpty()) {
      Call call = waiting.first();
      waiting.remove(call.place);
      pbx.timers.cancel(call.timer);
      leave(call, CallEventType.EXIT_EMPTY, ringing + 1);
    }
  }

  QueueSummary summary() {
    return counts.summary(name);
  }
}
