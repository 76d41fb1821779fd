package io.callsight.jobs.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.quality.CallFacts;
import io.callsight.schemas.CallEvent;
import io.callsight.testkit.CallScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownCallTest {
  @Test
  void foldsTheAgentQueueHoldsAndDispositionAndFinishesAtWrapUp() {
    List<CallEvent> events = QualityCalls.events("c1", "1024");
    KnownCall c = KnownCall.of(events.get(0));
    for (CallEvent e : events.subList(1, events.size() - 1)) {
      c = c.with(e);
      assertThat(c.finished()).as("before wrap-up: " + e.type()).isFalse();
    }
    c = c.with(events.get(events.size() - 1));

    assertThat(c.finished()).isTrue();
    assertThat(c.queue()).isEqualTo("sales");
    assertThat(c.start()).isEqualTo(QualityCalls.START.toEpochMilli());
    assertThat(c.facts())
        .isEqualTo(
            new CallFacts(
                "1024",
                events.get(0).direction(),
                null,
                20_000L,
                1,
                10_000L,
                false,
                "case-entered"));
  }

  @Test
  void eventsInAnyOrderGiveTheSameCall() {
    List<CallEvent> events = new ArrayList<>(QualityCalls.events("c1", "1024"));
    KnownCall inOrder = fold(events);
    Collections.reverse(events);
    assertThat(fold(events)).isEqualTo(inOrder);
  }

  @Test
  void aCallThatLeftTheQueueUnansweredIsFinishedWithoutAnAgent() {
    List<CallEvent> events =
        CallScript.inbound("c2", "support", QualityCalls.START).abandon(30).events();
    KnownCall c = fold(events);
    assertThat(c.finished()).isTrue();
    assertThat(c.agentId()).isNull();
    assertThat(c.facts().transferred()).isNull();
  }

  private static KnownCall fold(List<CallEvent> events) {
    KnownCall c = KnownCall.of(events.get(0));
    for (CallEvent e : events.subList(1, events.size())) {
      c = c.with(e);
    }
    return c;
  }
}
