package io.callsight.jobs.kpi;

import io.callsight.schemas.ServiceLevelFormula;
import java.io.Serializable;
import java.time.Duration;

/**
 * One queue's service targets: the service-level threshold T and target, the short-abandon
 * threshold, the formula, and the waiting-calls limit that raises a warning. "Within" is inclusive:
 * a call answered after exactly T seconds is within T.
 */
public record QueueTargets(
    Duration slThreshold,
    double slTarget,
    Duration shortAbandon,
    ServiceLevelFormula slFormula,
    int waitingLimit)
    implements Serializable {

  /** DESIGN.md's defaults: T = 20 s, target 80 %, short abandon 5 s, 10 calls waiting. */
  public static final QueueTargets DEFAULTS =
      new QueueTargets(
          Duration.ofSeconds(20), 0.8, Duration.ofSeconds(5), ServiceLevelFormula.DEFAULT, 10);

  /** The zh-CN profile: T = 15 s, about three rings (铃响三声内必须应答). */
  public static final QueueTargets ZH_CN =
      new QueueTargets(
          Duration.ofSeconds(15), 0.8, Duration.ofSeconds(5), ServiceLevelFormula.DEFAULT, 10);

  public QueueTargets {
    if (slThreshold.isNegative() || slThreshold.isZero()) {
      throw new IllegalArgumentException("service-level threshold must be positive");
    }
    if (!(slTarget > 0 && slTarget <= 1)) {
      throw new IllegalArgumentException("service-level target must be in (0, 1], was " + slTarget);
    }
    if (shortAbandon.isNegative()) {
      throw new IllegalArgumentException("short-abandon threshold must not be negative");
    }
    if (waitingLimit < 1) {
      throw new IllegalArgumentException("waiting-calls limit must be at least 1");
    }
  }

  public QueueTargets withSlThreshold(Duration t) {
    return new QueueTargets(t, slTarget, shortAbandon, slFormula, waitingLimit);
  }

  public QueueTargets withSlFormula(ServiceLevelFormula f) {
    return new QueueTargets(slThreshold, slTarget, shortAbandon, f, waitingLimit);
  }

  public int slThresholdSeconds() {
    return (int) slThreshold.toSeconds();
  }
}
