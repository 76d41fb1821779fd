package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.common.KafkaTopics;
import io.callsight.local.EmbeddedKafka;
import io.callsight.quality.CallFacts;
import io.callsight.quality.TranscriptCalls;
import io.callsight.quality.rules.RuleSets;
import io.callsight.quality.score.CallScorer;
import io.callsight.quality.score.ScoreRows;
import io.callsight.schemas.Json;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import io.callsight.testkit.KafkaReader;
import io.callsight.testkit.KafkaWriter;
import io.callsight.testkit.TranscriptScript;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code callsight rescore} on a real broker: the stored transcripts scored again with a new
 * version of the script, each joined with what its call's last score knew of the switch events.
 */
class RescoreCommandITCase {
  @Test
  void rescoresStoredTranscriptsWithANewRuleSetVersionKeepingTheCallsFacts(@TempDir Path dir)
      throws Exception {
    Transcript chinese =
        TranscriptScript.call("1704186000.11", "zh", 1_704_186_000_000L)
            .agent(1_000, 4_000, "您好 示例公司 工号1024 请问有什么可以帮您")
            .customer(5_000, 9_000, "我想查一下话费")
            .agent(10_000, 13_000, "好的 已经为您查好了 本月话费是五十八元")
            .agent(14_000, 16_000, "再见")
            .transcript();
    Transcript english =
        TranscriptScript.call("1704186000.12", "en", 1_704_186_000_000L)
            .agent(1_000, 3_000, "thank you for calling")
            .transcript();
    // What the quality job wrote when it scored the call with version 1 and knew its events.
    ScoreRows.CallContext known =
        new ScoreRows.CallContext(
            new CallFacts("1024", null, 4_000L, 12_000L, 0, 0L, false, "billing"),
            "sales",
            1_703_999_990_000L);
    ScoredCall before =
        ScoreRows.scoredCall(
            new CallScorer(RuleSets.load("zh-CN-inbound"))
                .score(TranscriptCalls.of(chinese, known.facts())),
            chinese,
            known,
            1_704_186_100_000L);
    // The next version of the script, rules unchanged: the same verdicts, the new version on each
    // row.
    int shipped = RuleSets.load("zh-CN-inbound").version();
    int next = shipped + 1;
    Path nextFile = dir.resolve("zh-CN-inbound-next.yaml");
    try (InputStream in =
        RuleSets.class.getResourceAsStream("/io/callsight/quality/rulesets/zh-CN-inbound.yaml")) {
      Files.writeString(
          nextFile,
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replaceFirst("(?m)^version: " + shipped + "$", "version: " + next));
    }

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
      String bootstrap = kafka.bootstrapServers();
      KafkaTopics.ensure(bootstrap, List.of(Topic.values()), 2, Duration.ofSeconds(30));
      try (KafkaWriter writer = new KafkaWriter(bootstrap)) {
        for (Transcript t : List.of(chinese, english)) {
          writer.send(Topic.TRANSCRIPTS, t.callId(), t);
        }
        writer.send(Topic.CALL_SCORES, before.callId(), before);
      }

      CommandLine cli = CallSight.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));
      int exit =
          cli.execute("rescore", "--kafka", bootstrap, "--rules", nextFile.toString(), "--publish");

      assertThat(exit).as(err.toString()).isZero();
      List<String> lines = out.toString().lines().toList();
      assertThat(lines).hasSize(1);
      ScoredCall after =
          Json.fromBytes(lines.get(0).getBytes(StandardCharsets.UTF_8), ScoredCall.class);
      assertThat(after.callId()).isEqualTo("1704186000.11");
      assertThat(after.ruleSetVersion()).isEqualTo(next);
      assertThat(after.agentId()).isEqualTo("1024");
      assertThat(after.queue()).isEqualTo("sales");
      assertThat(after.eventTime()).isEqualTo(1_703_999_990_000L);
      assertThat(after.callEventsJoined()).isTrue();
      assertThat(after.disposition()).isEqualTo("billing");
      assertThat(after.verdicts()).isEqualTo(before.verdicts());
      assertThat(err.toString())
          .contains("1 calls scored with zh-CN-inbound version " + next)
          .contains("left out: 1 in another language, 0 outside --from/--to, 0 unreadable");

      List<ScoredCall> published =
          KafkaReader.read(
              bootstrap,
              Topic.CALL_SCORES,
              (List<ScoredCall> l) -> l.size() >= 2,
              Duration.ofSeconds(60));
      assertThat(published).extracting(ScoredCall::ruleSetVersion).containsExactly(shipped, next);
    }
  }
}
