package io.callsight.jobs.kpi;

import io.callsight.schemas.DeadLetter;
import java.util.List;

/** What applying one event to a call produced: facts, or a dead letter saying why not. */
public record CallStep(List<CallFact> facts, DeadLetter deadLetter, boolean duplicate) {
  static final CallStep DUPLICATE = new CallStep(List.of(), null, true);
  static final CallStep NOTHING = new CallStep(List.of(), null, false);

  static CallStep of(CallFact fact) {
    return new CallStep(List.of(fact), null, false);
  }

  static CallStep rejected(DeadLetter deadLetter) {
    return new CallStep(List.of(), deadLetter, false);
  }
}
