package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.common.KafkaTopics;
import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.RedactedTurn;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Topic;
import io.callsight.testkit.KafkaWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code callsight sentiment train --kafka} on a real broker: a model learned from the customers'
 * turns the quality job stored on transcript-turns, with no label read.
 */
class SentimentTrainKafkaITCase {
  static RedactedTurn turn(String callId, int index, Speaker speaker, String text, String lang) {
    return new RedactedTurn(
        callId,
        index,
        1_704_186_000_000L + index * 1_000L,
        speaker,
        index * 1_000L,
        index * 1_000L + 900,
        text,
        0,
        "neutral",
        List.of(),
        "1024",
        "support",
        lang);
  }

  @Test
  void learnsTheCentresWordsFromTheCustomersStoredTurns(@TempDir Path dir) throws Exception {
    List<RedactedTurn> turns = new ArrayList<>();
    int call = 0;
    for (String thing : List.of("这个键盘", "这台电视", "那个鼠标", "这把椅子")) {
      String id = "1704186000." + ++call;
      turns.add(turn(id, 0, Speaker.AGENT, "您好，请问有什么可以帮您", "zh-CN"));
      turns.add(turn(id, 1, Speaker.CUSTOMER, thing + "很好，巴适得很", "zh-CN"));
      turns.add(turn(id, 2, Speaker.CUSTOMER, thing + "太差了，稀碎", "zh-CN"));
      turns.add(turn(id, 3, Speaker.CUSTOMER, "我想查一下" + thing + "的订单", "zh-CN"));
    }
    turns.add(turn("1704186000.9", 0, Speaker.AGENT, "thank you for calling", "en-US"));
    Path model = dir.resolve("zh.model");

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
      String bootstrap = kafka.bootstrapServers();
      KafkaTopics.ensure(bootstrap, List.of(Topic.values()), 2, Duration.ofSeconds(30));
      try (KafkaWriter writer = new KafkaWriter(bootstrap)) {
        for (RedactedTurn t : turns) {
          writer.send(Topic.TRANSCRIPT_TURNS, t.callId(), t);
        }
        writer.sendBytes(
            Topic.TRANSCRIPT_TURNS, "bad", "{\"callId\":".getBytes(StandardCharsets.UTF_8));
        writer.flush();
      }

      ScoreCommandTest.Run train =
          SentimentCommandTest.train("zh-CN", model, "--kafka", bootstrap, "--epochs", "5");
      assertThat(train.exit()).as(train.err()).isZero();
      assertThat(train.out())
          .contains("17 turns read (1 could not be read), 12 of them customers' in zh-CN")
          .contains("the lexicon labelled 12 zh-CN texts of transcript-turns at " + bootstrap)
          .contains("3 positive, 3 neutral, 3 negative")
          .contains("wrote " + model);

      ScoreCommandTest.Run none =
          SentimentCommandTest.train("en-US", dir.resolve("en.model"), "--kafka", bootstrap);
      assertThat(none.exit()).isEqualTo(1);
      assertThat(none.err())
          .contains("no customer turns in en-US on transcript-turns at " + bootstrap)
          .contains("callsight quality-job");
    }

    // What it learned beside the lexicon's words: the centre's slang, said of another thing.
    Path said = Files.writeString(dir.resolve("said.txt"), "这个音箱巴适得很\n这个音箱稀碎\n");
    assertThat(SentimentCommandTest.labels("--model", model.toString(), "--file", said.toString()))
        .containsExactly("positive", "negative");
    assertThat(SentimentCommandTest.labels("--file", said.toString()))
        .as("the lexicon alone knows neither word")
        .containsExactly("neutral", "neutral");
  }
}
