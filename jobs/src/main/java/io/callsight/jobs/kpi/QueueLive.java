package io.callsight.jobs.kpi;

import io.callsight.schemas.QueueSnapshot;
import java.util.HashMap;

/**
 * What a wall-board shows for one queue now: the calls waiting, its agents by state, the running
 * interval's and day's service, and the arrival rate for staffing. Fed with facts and agent states
 * as they come; late facts for an interval that has passed change only the interval rows. A mutable
 * POJO for Flink state.
 */
public final class QueueLive {
  private static final long MINUTE = 60_000L;

  /** Waiting calls: call id → time it entered the queue. */
  public HashMap<String, Long> waiting = new HashMap<>();

  /** This queue's agents by what they are doing; logged-out agents are absent. */
  public HashMap<String, AgentActivity> agents = new HashMap<>();

  public long intervalStart = Long.MIN_VALUE;
  public QueueIntervalStats interval = new QueueIntervalStats();
  public long dayStart = Long.MIN_VALUE;
  public QueueIntervalStats day = new QueueIntervalStats();

  /** Offers per minute of the arrival window, indexed by minute modulo the window. */
  public long[] offersPerMinute = new long[0];

  public long[] minuteOf = new long[0];
  public long firstOfferTime = Long.MIN_VALUE;
  public long lastEventTime;
  public AlertTracker serviceLevelAlert = new AlertTracker();
  public AlertTracker waitingAlert = new AlertTracker();

  public QueueLive() {}

  /** A live view whose arrival rate looks back over the staffing window. */
  public static QueueLive create(StaffingSettings staffing) {
    QueueLive live = new QueueLive();
    // One more minute than the window: the current minute is only partly over.
    int slots = (int) Math.max(1, staffing.arrivalWindow().toMinutes()) + 1;
    live.offersPerMinute = new long[slots];
    live.minuteOf = new long[slots];
    java.util.Arrays.fill(live.minuteOf, Long.MIN_VALUE);
    return live;
  }

  public void onFact(CallFact f, QueueTargets targets, Intervals intervals, Intervals days) {
    lastEventTime = Math.max(lastEventTime, f.eventTime);
    if (f.kind == FactKind.OFFERED) {
      waiting.put(f.callId, f.queuedAt);
    } else if (f.kind.leavesQueue()) {
      waiting.remove(f.callId);
    }
    roll(f.eventTime, intervals, days);
    if (intervals.startOf(f.eventTime) == intervalStart) {
      interval.add(f, targets);
    }
    if (days.startOf(f.eventTime) == dayStart) {
      day.add(f, targets);
    }
    if (f.kind == FactKind.OFFERED) {
      countOffer(f.eventTime);
    }
  }

  /** Records an agent's activity in this queue; LOGGED_OUT removes the agent. */
  public void onAgent(String agentId, AgentActivity activity, long time) {
    lastEventTime = Math.max(lastEventTime, time);
    if (activity == AgentActivity.LOGGED_OUT) {
      agents.remove(agentId);
    } else {
      agents.put(agentId, activity);
    }
  }

  /** The snapshot at {@code now} (the switch's clock). */
  public QueueSnapshot snapshot(
      String queue,
      long now,
      QueueTargets targets,
      StaffingSettings staffing,
      Intervals intervals,
      Intervals days) {
    roll(now, intervals, days);
    long oldest = waiting.values().stream().mapToLong(Long::longValue).min().orElse(now);
    int ready = 0;
    int onCall = 0;
    int afterCallWork = 0;
    int notReady = 0;
    for (AgentActivity a : agents.values()) {
      switch (a) {
        case READY -> ready++;
        case ON_CALL, ON_HOLD -> onCall++;
        case AFTER_CALL_WORK -> afterCallWork++;
        case NOT_READY -> notReady++;
        case LOGGED_OUT -> {}
      }
    }
    double arrivalsPerHour = arrivalsPerHour(now, staffing);
    Double aht = day.ahtSeconds();
    double ahtForStaffing = aht != null ? aht : staffing.defaultAht().toSeconds();
    Integer needed =
        arrivalsPerHour > 0
            ? ErlangC.agentsNeeded(
                arrivalsPerHour / 3600.0,
                ahtForStaffing,
                targets.slThreshold().toSeconds(),
                targets.slTarget())
            : null;
    return new QueueSnapshot(
        queue,
        now,
        lastEventTime,
        waiting.size(),
        Math.max(0, now - oldest) / 1000.0,
        agents.size(),
        ready,
        onCall,
        afterCallWork,
        notReady,
        Intervals.iso(intervalStart),
        interval.offered,
        interval.answered,
        interval.abandoned,
        interval.serviceLevel(targets),
        interval.asaSeconds(),
        interval.abandonRate(),
        Intervals.iso(dayStart),
        day.offered,
        day.answered,
        day.abandoned,
        day.serviceLevel(targets),
        day.asaSeconds(),
        day.abandonRate(),
        targets.slTarget(),
        targets.slThresholdSeconds(),
        arrivalsPerHour,
        aht,
        needed);
  }

  /** Calls that decided the running interval's service level, for the alert's minimum. */
  public long intervalDecidedCalls() {
    return interval.answered + interval.abandoned;
  }

  private void roll(long t, Intervals intervals, Intervals days) {
    long start = intervals.startOf(t);
    if (start > intervalStart) {
      intervalStart = start;
      interval = new QueueIntervalStats();
    }
    long dStart = days.startOf(t);
    if (dStart > dayStart) {
      dayStart = dStart;
      day = new QueueIntervalStats();
    }
  }

  private void countOffer(long time) {
    if (firstOfferTime == Long.MIN_VALUE) {
      firstOfferTime = time;
    }
    int slots = offersPerMinute.length;
    if (slots == 0) {
      return;
    }
    long minute = Math.floorDiv(time, MINUTE);
    int slot = (int) Math.floorMod(minute, slots);
    if (minuteOf[slot] != minute) {
      if (minuteOf[slot] > minute) {
        return; // older than the window
      }
      minuteOf[slot] = minute;
      offersPerMinute[slot] = 0;
    }
    offersPerMinute[slot]++;
  }

  private double arrivalsPerHour(long now, StaffingSettings staffing) {
    if (firstOfferTime == Long.MIN_VALUE || offersPerMinute.length == 0) {
      return 0;
    }
    long nowMinute = Math.floorDiv(now, MINUTE);
    long oldestMinute = nowMinute - offersPerMinute.length + 1;

    long count = 0;
    for (int i = 0; i < offersPerMinute.length; i++) {
      if (minuteOf[i] >= oldestMinute && minuteOf[i] <= nowMinute) {
        count += offersPerMinute[i];
      }
    }
    // The counted minutes span from the oldest one's start (or the first offer) to now.
    long from = Math.max(firstOfferTime, oldestMinute * MINUTE);
    long spanMs = Math.max(MINUTE, now - from);
    return count * 3_600_000.0 / spanMs;
  }
}
