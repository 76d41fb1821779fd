package io.callsight.jobs.quality.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.common.KafkaTopics;
import io.callsight.ingest.KafkaEventSink;
import io.callsight.jobs.quality.QualityCalls;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.AgentScorecardDay;
import io.callsight.schemas.Alert;
import io.callsight.schemas.Json;
import io.callsight.schemas.RedactedTurn;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import io.callsight.testkit.KafkaReader;
import io.callsight.testkit.KafkaWriter;
import io.callsight.testkit.TranscriptScript;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcripts and call events on a real broker → QualityJob on a MiniCluster at parallelism 2 →
 * call-scores, transcript-turns, alerts and agent-scorecard on Kafka, committed exactly once.
 */
class QualityJobKafkaITCase {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static final Duration WAIT = Duration.ofSeconds(120);

  @Test
  void shouldScoreEveryTranscriptJoinedWithItsCallAndRedactBeforeAnythingLeaves(@TempDir Path dir)
      throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
      String bootstrap = kafka.bootstrapServers();
      KafkaTopics.ensure(bootstrap, List.of(Topic.values()), 2, Duration.ofSeconds(30));
      QualityOptions options =
          QualityOptions.from(
              Map.of(
                  "kafka.bootstrap-servers", bootstrap,
                  "kafka.group-id", "quality-itcase",
                  "flink.parallelism", "2",
                  "flink.checkpoint-interval", "PT0.5S",
                  "flink.checkpoint-dir", dir.resolve("checkpoints").toUri().toString(),
                  "quality.wait-for-call", "PT3S"),
              "test");
      JobClient job =
          QualityJob.runOnKafka(StreamExecutionEnvironment.getExecutionEnvironment(), options);
      try {
        // The good call's events come first; the complaint's never come.
        try (KafkaEventSink sink = new KafkaEventSink(bootstrap, Map.of())) {
          QualityCalls.events("1704186000.11", "1024").forEach(sink::call);
          sink.flush();
        }
        produce(
            bootstrap,
            QualityCalls.goodEnquiry("1704186000.11"),
            QualityCalls.unhandledComplaint("1704186000.12"),
            numberReadBack("1704186000.13"));

        List<ScoredCall> scores =
            KafkaReader.read(
                bootstrap, Topic.CALL_SCORES, (List<ScoredCall> l) -> l.size() >= 3, WAIT);
        List<RedactedTurn> turns = KafkaReader.readAll(bootstrap, Topic.TRANSCRIPT_TURNS, 22, WAIT);
        List<Alert> alerts = KafkaReader.readAll(bootstrap, Topic.ALERTS, 3, WAIT);
        List<AgentScorecardDay> cards =
            KafkaReader.readAll(bootstrap, Topic.AGENT_SCORECARD, 1, WAIT);

        ScoredCall good = byCall(scores, "1704186000.11");
        assertThat(good.callEventsJoined()).isTrue();
        assertThat(good.agentId()).isEqualTo("1024");
        assertThat(good.queue()).isEqualTo("sales");
        assertThat(good.score()).isEqualTo(100.0);
        assertThat(good.disposition()).isEqualTo("case-entered");

        ScoredCall complaint = byCall(scores, "1704186000.12");
        assertThat(complaint.callEventsJoined()).isFalse();
        assertThat(complaint.category()).isEqualTo("complaint");
        assertThat(complaint.failedRules()).contains("complaint-soothe", "complaint-escalate");

        // The complaint has no agent (its events never came): only agent 1024's day is scored.
        assertThat(cards)
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.agentId()).isEqualTo("1024");
                  assertThat(d.day()).isEqualTo("2024-01-02");
                  assertThat(d.callsScored()).isEqualTo(1);
                  assertThat(d.qaScore()).isEqualTo(100.0);
                });

        // The agent read the caller's number back: the call fails on it, and its evidence quotes
        // the turn as redacted.
        ScoredCall readBack = byCall(scores, "1704186000.13");
        assertThat(readBack.autoFail()).isTrue();
        assertThat(readBack.verdicts())
            .filteredOn(v -> v.rule().equals("privacy"))
            .singleElement()
            .satisfies(
                v -> {
                  assertThat(v.verdict()).isEqualTo("fail");
                  assertThat(v.evidence().text()).isEqualTo("好的 您的手机号是 [PHONE] 对吧");
                });

        // Nothing any output topic carries holds a number said in the calls, in digits or words.
        List<Object> everything = new ArrayList<>();
        List.of(scores, turns, alerts, cards).forEach(everything::addAll);
        assertThat(everything)
            .extracting(Json::toJson)
            .allSatisfy(
                json ->
                    assertThat(json).doesNotContain("13812345678").doesNotContain("一三八一二三四五六七八"));
        assertThat(turns).hasSize(22);
        assertThat(turns)
            .filteredOn(t -> t.text().contains("[PHONE]"))
            .extracting(RedactedTurn::callId)
            .containsExactlyInAnyOrder("1704186000.11", "1704186000.13", "1704186000.13");
        assertThat(turns)
            .filteredOn(t -> t.callId().equals("1704186000.11"))
            .allSatisfy(t -> assertThat(t.queue()).isEqualTo("sales"));
        assertThat(alerts)
            .filteredOn(a -> "quality".equals(a.source()))
            .extracting(Alert::kind, Alert::callId)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("COMPLAINT", "1704186000.12"),
                org.assertj.core.groups.Tuple.tuple("NEGATIVE_CUSTOMER", "1704186000.12"),
                org.assertj.core.groups.Tuple.tuple("AUTO_FAIL", "1704186000.13"));
      } finally {
        job.cancel().get();
      }
    }
  }

  /** The agent reads the caller's mobile number back, in words: a critical privacy fail. */
  static Transcript numberReadBack(String callId) {
    return TranscriptScript.call(callId, "zh", QualityCalls.START.toEpochMilli() + 20_000)
        .agent(1_000, 5_000, "您好 示例公司 很高兴为您服务 工号1024 请问有什么可以帮您")
        .customer(6_000, 10_000, "我想查一下话费 我的手机是 一三八一二三四五六七八")
        .agent(11_000, 16_000, "好的 您的手机号是 一三八一二三四五六七八 对吧")
        .transcript();
  }

  private static void produce(String bootstrap, Transcript... transcripts) {
    try (KafkaWriter writer = new KafkaWriter(bootstrap)) {
      for (Transcript t : transcripts) {
        writer.send(Topic.TRANSCRIPTS, t.callId(), t);
      }
    }
  }

  private static ScoredCall byCall(List<ScoredCall> scores, String callId) {
    return scores.stream().filter(s -> s.callId().equals(callId)).findFirst().orElseThrow();
  }
}
