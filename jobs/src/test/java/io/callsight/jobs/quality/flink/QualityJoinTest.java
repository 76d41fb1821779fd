package io.callsight.jobs.quality.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.quality.QualityCalls;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.QualityScoringTest;
import io.callsight.schemas.Alert;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.RedactedTurn;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Transcript;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityJoinTest {
  static final QualityOptions OPTIONS =
      QualityOptions.from(
          Map.of("quality.wait-for-call", "PT5M", "quality.call-ttl", "PT2H"), "test");
  static final long WAIT = 5 * 60_000;
  static final long TTL = 2 * 3_600_000;

  KeyedTwoInputStreamOperatorTestHarness<String, Transcript, CallEvent, ScoredCall> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new QualityJoin(OPTIONS), Transcript::callId, CallEvent::callId, Types.STRING);
    harness.setProcessingTime(1_000);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  @Test
  void aTranscriptBeforeItsCallIsScoredOnceTheWrapUpEnds() throws Exception {
    List<CallEvent> events = QualityCalls.events("c1", "1024");
    events.subList(0, events.size() - 1).forEach(this::event);
    transcript(QualityCalls.goodEnquiry("c1"));
    assertThat(harness.extractOutputValues()).as("waits for the wrap-up").isEmpty();

    event(events.get(events.size() - 1));

    ScoredCall c = single();
    assertThat(c.callEventsJoined()).isTrue();
    assertThat(c.agentId()).isEqualTo("1024");
    assertThat(c.queue()).isEqualTo("sales");
    assertThat(c.eventTime()).isEqualTo(QualityCalls.START.toEpochMilli());
    assertThat(c.holds()).isEqualTo(1);
    assertThat(c.disposition()).isEqualTo("case-entered");
    assertThat(c.ruleSet()).isEqualTo("zh-CN-inbound");
    assertThat(c.category()).isEqualTo("enquiry");
    assertThat(c.autoFail()).isFalse();
    assertThat(verdict(c, "agent-id").verdict()).isEqualTo("pass");
    assertThat(verdict(c, "agent-id").evidence().text()).contains("工号1024");
    assertThat(verdict(c, "goodbye").evidence().startMs()).isEqualTo(60_000);
    assertThat(c.failedRules()).isEmpty();
    assertThat(c.score()).isEqualTo(100.0);

    List<RedactedTurn> turns = side(QualityJoin.TURNS);
    assertThat(turns).hasSize(13);
    assertThat(turns.get(7).text()).isEqualTo("新号码是[PHONE]");
    assertThat(turns.get(7).redacted()).containsExactly("phone");
    assertThat(turns.get(7).eventTime()).isEqualTo(QualityCalls.START.toEpochMilli() + 38_000);
    assertThat(turns).allSatisfy(t -> assertThat(t.agentId()).isEqualTo("1024"));
    assertThat(side(QualityJoin.ALERTS)).isEmpty();
    assertEmpty();
  }

  @Test
  void aTranscriptAfterItsFinishedCallIsScoredAtOnce() throws Exception {
    QualityCalls.events("c1", "1024").forEach(this::event);
    assertThat(harness.numProcessingTimeTimers()).as("the call waits for its transcript").isOne();
    transcript(QualityCalls.goodEnquiry("c1"));
    assertThat(single().callEventsJoined()).isTrue();
    assertEmpty();
  }

  @Test
  void aTranscriptWhoseCallNeverFinishesIsScoredWithWhatIsKnownAfterTheWait() throws Exception {
    transcript(QualityCalls.unhandledComplaint("c2"));
    harness.setProcessingTime(1_000 + WAIT - 1);
    assertThat(harness.extractOutputValues()).isEmpty();
    harness.setProcessingTime(1_000 + WAIT);

    ScoredCall c = single();
    assertThat(c.callEventsJoined()).isFalse();
    assertThat(c.agentId()).isNull();
    assertThat(c.eventTime()).isEqualTo(QualityCalls.START.toEpochMilli() + 20_000);
    assertThat(c.category()).isEqualTo("complaint");
    assertThat(c.failedRules()).contains("complaint-soothe", "complaint-escalate", "goodbye");
    assertThat(verdict(c, "answer-speed").verdict()).isEqualTo("not_applicable");
    assertThat(side(QualityJoin.ALERTS))
        .extracting(Alert::kind)
        .containsExactly("COMPLAINT", "NEGATIVE_CUSTOMER");
    assertEmpty();
  }

  @Test
  void eventsWhoseTranscriptNeverComesAreDroppedAfterTheTtl() throws Exception {
    QualityCalls.events("c3", "1024").forEach(this::event);
    harness.setProcessingTime(1_000 + TTL - 1);
    assertThat(harness.numKeyedStateEntries()).isPositive();
    harness.setProcessingTime(1_000 + TTL);
    assertThat(harness.extractOutputValues()).isEmpty();
    assertEmpty();
  }

  @Test
  void aTranscriptInALanguageNoRuleSetCoversIsADeadLetter() throws Exception {
    Transcript english = QualityCalls.goodEnquiry("c4");
    Transcript french =
        new Transcript(
            "c4",
            english.recordingId(),
            "fr",
            english.engine(),
            english.modelId(),
            english.layout(),
            english.durationMs(),
            english.eventTime(),
            english.transcribedAt(),
            english.turns(),
            english.measures());
    transcript(french);
    harness.setProcessingTime(1_000 + WAIT);

    assertThat(harness.extractOutputValues()).isEmpty();
    List<DeadLetter> dead = side(DeadLetters.TAG);
    assertThat(dead)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reason())
                  .contains("call c4: not scored")
                  .contains("unsupported language 'fr'");
              assertThat(d.source()).isEqualTo("quality-job");
            });
    assertEmpty();
  }

  @Test
  void aConfiguredSentimentModelScoresTheTurns(@TempDir Path dir) throws Exception {
    String model = QualityScoringTest.slangModel(dir).toString();
    QualityOptions options =
        QualityOptions.from(
            Map.of("quality.wait-for-call", "PT5M", "quality.sentiment-model.zh", model), "test");
    try (var withModel =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new QualityJoin(options), Transcript::callId, CallEvent::callId, Types.STRING)) {
      withModel.setProcessingTime(1_000);
      withModel.processElement1(new StreamRecord<>(QualityScoringTest.slangComplaint("s1")));
      withModel.setProcessingTime(1_000 + WAIT);
      // The lexicon does not know 拉胯; the model does, and the customer ends negative.
      assertThat(withModel.extractOutputValues())
          .singleElement()
          .satisfies(c -> assertThat(c.customerSentimentEnd()).isLessThan(-0.3));
      assertThat(withModel.getSideOutput(QualityJoin.ALERTS))
          .extracting(r -> r.getValue().kind())
          .containsExactly("NEGATIVE_CUSTOMER");
    }
  }

  private void transcript(Transcript t) throws Exception {
    harness.processElement1(new StreamRecord<>(t));
  }

  private void event(CallEvent e) {
    try {
      harness.processElement2(new StreamRecord<>(e));
    } catch (Exception x) {
      throw new IllegalStateException(x);
    }
  }

  private ScoredCall single() {
    assertThat(harness.extractOutputValues()).hasSize(1);
    return harness.extractOutputValues().get(0);
  }

  private static ScoredCall.RuleVerdict verdict(ScoredCall c, String rule) {
    return c.verdicts().stream().filter(v -> v.rule().equals(rule)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> side(OutputTag<T> tag) {
    ConcurrentLinkedQueue<StreamRecord<T>> out = harness.getSideOutput(tag);
    return out == null ? List.of() : out.stream().map(StreamRecord::getValue).toList();
  }

  /** Nothing is left behind once a call is done with. */
  private void assertEmpty() {
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numProcessingTimeTimers()).isZero();
  }
}
