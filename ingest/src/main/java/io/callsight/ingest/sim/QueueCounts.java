package io.callsight.ingest.sim;

import io.callsight.schemas.CallEventType;

/** A queue's running outcome counts. */
final class QueueCounts {
  long offered;
  long answered;
  long answeredWithinThreshold;
  long abandoned;
  long abandonedAfterThreshold;
  long timedOut;
  long exitedWithKey;
  long exitedEmpty;
  long transferred;

  void left(CallEventType how, boolean afterThreshold) {
    switch (how) {
      case ABANDONED -> {
        abandoned++;
        if (afterThreshold) {
          abandonedAfterThreshold++;
        }
      }
      case TIMEOUT -> timedOut++;
      case EXIT_WITH_KEY -> exitedWithKey++;
      case EXIT_EMPTY -> exitedEmpty++;
      default -> throw new IllegalArgumentException(how + " does not leave a queue");
    }
  }

  QueueSummary summary(String queue) {
    return new QueueSummary(
        queue,
        offered,
        answered,
        answeredWithinThreshold,
        abandoned,
        abandonedAfterThreshold,
        timedOut,
        exitedWithKey,
        exitedEmpty,
        transferred);
  }
}
