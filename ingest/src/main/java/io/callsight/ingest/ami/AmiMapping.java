package io.callsight.ingest.ami;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import java.util.ArrayList;
import java.util.List;

/** What AMI events turned into: canonical call and agent events and dead letters; maybe nothing. */
public record AmiMapping(
    List<CallEvent> calls, List<AgentEvent> agents, List<DeadLetter> deadLetters) {
  /** An event that carries nothing for analytics. */
  public static final AmiMapping NOTHING = new AmiMapping(List.of(), List.of(), List.of());

  public AmiMapping {
    calls = List.copyOf(calls);
    agents = List.copyOf(agents);
    deadLetters = List.copyOf(deadLetters);
  }

  static AmiMapping of(CallEvent call) {
    return new AmiMapping(List.of(call), List.of(), List.of());
  }

  static AmiMapping of(AgentEvent... agents) {
    return new AmiMapping(List.of(), List.of(agents), List.of());
  }

  static AmiMapping of(DeadLetter deadLetter) {
    return new AmiMapping(List.of(), List.of(), List.of(deadLetter));
  }

  /** Whether the event was ignored: it produced no event and no dead letter. */
  public boolean isEmpty() {
    return calls.isEmpty() && agents.isEmpty() && deadLetters.isEmpty();
  }

  AmiMapping plus(AmiMapping other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new AmiMapping(
        concat(calls, other.calls),
        concat(agents, other.agents),
        concat(deadLetters, other.deadLetters));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
