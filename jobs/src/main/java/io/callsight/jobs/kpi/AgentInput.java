package io.callsight.jobs.kpi;

import io.callsight.schemas.AgentEvent;
import java.util.List;

/**
 * One input to an agent's timeline. A mutable POJO so Flink serialises it without Kryo; {@code seq}
 * keeps arrival order among inputs of the same millisecond.
 */
public final class AgentInput {
  public String agentId;
  public long time;
  public long seq;
  public AgentInputKind kind;

  /** The queue it concerns; null for all of the agent's queues. */
  public String queue;

  public String callId;
  public boolean transferred;

  /** WRAPUP_ENDED: null when the switch does not report case entry. */
  public Boolean caseEntered;

  public AgentInput() {}

  public AgentInput(String agentId, long time, AgentInputKind kind, String queue, String callId) {
    this.agentId = agentId;
    this.time = time;
    this.kind = kind;
    this.queue = queue;
    this.callId = callId;
  }

  /** The input an agent event makes. */
  public static AgentInput of(AgentEvent e) {
    AgentInputKind kind =
        switch (e.type()) {
          case LOGIN -> AgentInputKind.LOGIN;
          case LOGOUT -> AgentInputKind.LOGOUT;
          case READY -> AgentInputKind.READY;
          case NOT_READY -> AgentInputKind.NOT_READY;
        };
    return new AgentInput(e.agentId(), e.eventTime(), kind, e.queue(), null);
  }

  /**
   * The inputs a call fact makes for its agent: none for facts about the queue; a wrap-up end makes
   * two, its start derived from the reported duration.
   */
  public static List<AgentInput> of(CallFact f) {
    if (f.agentId == null) {
      return List.of();
    }
    return switch (f.kind) {
      case RING_NO_ANSWER -> List.of(from(f, AgentInputKind.RING_NO_ANSWER, f.eventTime));
      case ANSWERED -> List.of(from(f, AgentInputKind.ANSWERED, f.eventTime));
      case HOLD_STARTED -> List.of(from(f, AgentInputKind.HOLD_START, f.eventTime));
      case HOLD_ENDED -> List.of(from(f, AgentInputKind.HOLD_END, f.eventTime));
      case HANDLED -> {
        AgentInput in = from(f, AgentInputKind.TALK_ENDED, f.eventTime);
        in.transferred = f.transferred;
        yield List.of(in);
      }
      case WRAPPED_UP -> {
        AgentInput start = from(f, AgentInputKind.WRAPUP_STARTED, f.eventTime - f.wrapupMs);
        AgentInput end = from(f, AgentInputKind.WRAPUP_ENDED, f.eventTime);
        end.caseEntered = f.caseEntered;
        yield List.of(start, end);
      }
      case LOST -> List.of(from(f, AgentInputKind.LOST, f.eventTime));
      default -> List.of();
    };
  }

  private static AgentInput from(CallFact f, AgentInputKind kind, long time) {
    return new AgentInput(f.agentId, time, kind, f.queue, f.callId);
  }

  @Override
  public String toString() {
    return kind
        + "@"
        + time
        + (queue != null ? " " + queue : "")
        + (callId != null ? " call " + callId : "");
  }
}
