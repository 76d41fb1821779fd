package io.callsight.ingest.sim;

import java.util.SplittableRandom;

/** The outcomes agents record at the end of after-call work, and how often each is chosen. */
final class Dispositions {
  static final String TRANSFERRED = "transferred";

  private static final String[] OUTCOMES = {"resolved", "follow-up", "escalated", "complaint"};
  private static final double[] CUMULATIVE = {0.70, 0.88, 0.95, 1.0};

  private Dispositions() {}

  static String pick(SplittableRandom random) {
    double r = random.nextDouble();
    int i = 0;
    while (r >= CUMULATIVE[i]) {
      i++;
    }
    return OUTCOMES[i];
  }
}
