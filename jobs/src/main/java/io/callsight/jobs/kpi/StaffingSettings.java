package io.callsight.jobs.kpi;

import java.io.Serializable;
import java.time.Duration;

/**
 * What the wall-board's staffing figure assumes: the handle time to use before a queue has handled
 * any call today, and how far back the arrival rate looks.
 */
public record StaffingSettings(Duration defaultAht, Duration arrivalWindow)
    implements Serializable {
  public static final StaffingSettings DEFAULTS =
      new StaffingSettings(Duration.ofMinutes(3), Duration.ofMinutes(15));
}
