package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calls go to the longest-idle agent who serves their queue, and never wait beside one. */
class RoutingTest {
  private static final SimulationConfig SMALL = Profiles.small();

  private final Map<String, List<String>> skills = skills();
  private final Map<String, Long> idleSince = new HashMap<>();
  private final Map<String, String> waitingIn = new LinkedHashMap<>();
  private final List<String> violations = new ArrayList<>();

  @Test
  void callsGoToTheLongestIdleAgentOfTheirQueueAndNeverWaitBesideAnIdleOne() {
    List<Object> day = Runs.canonical(SMALL, 21, Duration.ofDays(1)).events;
    int offers = 0;
    long groupTime = Long.MIN_VALUE;
    for (Object o : day) {
      long time = o instanceof CallEvent c ? c.eventTime() : ((AgentEvent) o).eventTime();
      if (time != groupTime) {
        checkNobodyWaitsBesideAnIdleAgent(groupTime);
        groupTime = time;
      }
      if (o instanceof AgentEvent a) {
        switch (a.type()) {
          case LOGIN, READY -> idleSince.put(a.agentId(), time);
          case NOT_READY, LOGOUT -> idleSince.remove(a.agentId());
        }
        continue;
      }
      CallEvent c = (CallEvent) o;
      switch (c.type()) {
        case QUEUED, RING_NO_ANSWER -> waitingIn.put(c.callId(), c.queue());
        case RINGING -> {
          offers++;
          checkLongestIdle(c);
          waitingIn.remove(c.callId());
          idleSince.remove(c.agentId());
        }
        case RING_CANCELED, WRAPUP_ENDED -> idleSince.put(c.agentId(), time);
        case ANSWERED, ABANDONED, TIMEOUT, EXIT_WITH_KEY, EXIT_EMPTY ->
            waitingIn.remove(c.callId());
        default -> {}
      }
    }

    assertThat(offers).isGreaterThan(500);
    assertThat(violations).isEmpty();
  }

  private void checkLongestIdle(CallEvent ringing) {
    Long chosen = idleSince.get(ringing.agentId());
    if (chosen == null || !skills.get(ringing.agentId()).contains(ringing.queue())) {
      violations.add(ringing.callId() + " rang " + ringing.agentId() + ", who was not free for it");
      return;
    }
    idleSince.forEach(
        (agent, since) -> {
          if (since < chosen && skills.get(agent).contains(ringing.queue())) {
            violations.add(
                ringing.callId()
                    + " rang "
                    + ringing.agentId()
                    + " while "
                    + agent
                    + " idled longer");
          }
        });
  }

  private void checkNobodyWaitsBesideAnIdleAgent(long time) {
    waitingIn.forEach(
        (call, queue) ->
            idleSince.keySet().stream()
                .filter(agent -> skills.get(agent).contains(queue))
                .findFirst()
                .ifPresent(
                    agent ->
                        violations.add(call + " waited at " + time + " beside idle " + agent)));
  }

  /** The queues of each agent: ids are numbered from 1001 through the teams in order. */
  private static Map<String, List<String>> skills() {
    Map<String, List<String>> skills = new HashMap<>();
    int id = 1001;
    for (TeamConfig team : SMALL.teams()) {
      for (int i = 0; i < team.agents(); i++) {
        skills.put(String.valueOf(id++), team.queues());
      }
    }
    return skills;
  }
}
