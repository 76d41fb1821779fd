package io.callsight.schemas;

/**
 * What a wall-board shows for one queue right now, on {@code queue-snapshot}: calls waiting, agents
 * by state, the running interval's and day's service, and the staffing Erlang C asks for. {@code
 * lastEventTime} is the newest event the snapshot reflects.
 */
public record QueueSnapshot(
    String queue,
    long snapshotTime,
    long lastEventTime,
    int callsWaiting,
    double longestWaitSeconds,
    int agentsStaffed,
    int agentsReady,
    int agentsOnCall,
    int agentsAfterCallWork,
    int agentsNotReady,
    String intervalStart,
    long intervalOffered,
    long intervalAnswered,
    long intervalAbandoned,
    Double intervalServiceLevel,
    Double intervalAsaSeconds,
    Double intervalAbandonRate,
    String dayStart,
    long dayOffered,
    long dayAnswered,
    long dayAbandoned,
    Double dayServiceLevel,
    Double dayAsaSeconds,
    Double dayAbandonRate,
    double slTarget,
    int slThresholdSeconds,
    double arrivalsPerHour,
    Double ahtSeconds,
    Integer agentsNeeded) {

  public QueueSnapshot {
    Records.requireText(queue, "queue");
    Records.requireFraction(intervalServiceLevel, "intervalServiceLevel");
    Records.requireFraction(dayServiceLevel, "dayServiceLevel");
    Records.requireFraction(slTarget, "slTarget");
  }
}
