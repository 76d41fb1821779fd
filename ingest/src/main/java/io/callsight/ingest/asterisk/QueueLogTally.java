package io.callsight.ingest.asterisk;

/**
 * How much of a queue_log has been read and what it became, for progress lines a person reads.
 *
 * @param records non-blank lines read
 * @param clockWentBack lines whose time is earlier than the line before
 */
public record QueueLogTally(
    long records,
    long callEvents,
    long agentEvents,
    long deadLetters,
    long ignored,
    long clockWentBack) {

  static final QueueLogTally ZERO = new QueueLogTally(0, 0, 0, 0, 0, 0);

  QueueLogTally plus(ParsedLine parsed, boolean clockBack) {
    if (parsed.blank()) {
      return this;
    }
    return new QueueLogTally(
        records + 1,
        callEvents + parsed.calls().size(),
        agentEvents + parsed.agents().size(),
        deadLetters + (parsed.deadLetter() == null ? 0 : 1),
        ignored + (parsed.ignored() ? 1 : 0),
        clockWentBack + (clockBack ? 1 : 0));
  }

  @Override
  public String toString() {
    return records
        + " lines: "
        + callEvents
        + " call events, "
        + agentEvents
        + " agent events, "
        + deadLetters
        + " dead letters, "
        + ignored
        + " system lines ignored"
        + (clockWentBack == 0 ? "" : ", clock went back " + clockWentBack + " times");
  }
}
