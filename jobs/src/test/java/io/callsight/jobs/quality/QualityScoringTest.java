package io.callsight.jobs.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.quality.score.ScoreRows;
import io.callsight.quality.sentiment.Sentiment.Label;
import io.callsight.quality.sentiment.SentimentTrainer;
import io.callsight.quality.sentiment.SentimentTrainer.Example;
import io.callsight.quality.text.Language;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Transcript;
import io.callsight.testkit.TranscriptScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality job scores turns' sentiment with a trained model when it is configured with one. */
public class QualityScoringTest {
  @TempDir static Path dir;

  /** A Chinese model, written to {@code dir}, that learnt the slang 拉胯 (lousy) from a few turns. */
  public static Path slangModel(Path dir) {
    List<Example> turns = new ArrayList<>();
    for (String thing : List.of("网速", "信号", "这个路由器", "你们的宽带", "客服的回复", "新套餐")) {
      turns.add(new Example(thing + "太拉胯了", Label.NEGATIVE));
      turns.add(new Example("感觉" + thing + "有点拉胯", Label.NEGATIVE));
      turns.add(new Example(thing + "挺好的", Label.POSITIVE));
      turns.add(new Example("感觉" + thing + "还可以", Label.POSITIVE));
    }
    Path file = dir.resolve("zh-slang.model");
    SentimentTrainer.train(Language.ZH_CN, turns, 5, (epoch, of, loss) -> {}).write(file);
    return file;
  }

  /** A customer who only says the network is 拉胯. */
  public static Transcript slangComplaint(String callId) {
    return TranscriptScript.call(callId, "zh", QualityCalls.START.toEpochMilli())
        .agent(1_000, 4_000, "您好 示例公司 工号1024 请问有什么可以帮您")
        .customer(5_000, 9_000, "我家的网络真的拉胯")
        .transcript();
  }

  static ScoredCall score(Map<String, String> options) {
    return new QualityScoring(QualityOptions.from(options, "test"))
        .score(slangComplaint("s1"), ScoreRows.CallContext.UNKNOWN, 1L)
        .call();
  }

  @Test
  void aConfiguredModelScoresTheTurnsInsteadOfTheLexicon() {
    assertThat(score(Map.of()).customerSentimentEnd()).isEqualTo(0.0);
    double withModel =
        score(Map.of("quality.sentiment-model.zh", slangModel(dir).toString()))
            .customerSentimentEnd();
    assertThat(withModel).isLessThan(-0.05);
  }

  @Test
  void anAgentWhoGivesTheCentresOwnAddressDisclosesNothing() {
    Transcript call =
        TranscriptScript.call("e1", "zh", QualityCalls.START.toEpochMilli())
            .agent(1_000, 4_000, "您好 示例公司 工号1024 请问有什么可以帮您")
            .customer(5_000, 8_000, "我想寄一下发票的照片")
            .agent(9_000, 14_000, "好的 请您发到我们的邮箱 kefu@example.cn")
            .transcript();
    ScoreRows.CallContext unknown = ScoreRows.CallContext.UNKNOWN;
    ScoredCall redacted =
        new QualityScoring(QualityOptions.from(Map.of(), "test")).score(call, unknown, 1L).call();
    assertThat(redacted.autoFail()).isTrue();
    ScoredCall own =
        new QualityScoring(
                QualityOptions.from(Map.of("redaction.own-domains", "example.cn"), "test"))
            .score(call, unknown, 1L)
            .call();
    assertThat(own.autoFail()).isFalse();
    assertThatThrownBy(
            () ->
                QualityOptions.from(
                    Map.of("redaction.own-domains", "kefu@example.cn"), "q.properties"))
        .hasMessage(
            "q.properties: redaction.own-domains: 'kefu@example.cn' is not a domain name such as"
                + " example.com");
  }

  @Test
  void aModelOfTheOtherLanguageOrNoModelAtAllStopsStartUp() {
    String zh = slangModel(dir).toString();
    assertThatThrownBy(() -> score(Map.of("quality.sentiment-model.en", zh)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "quality.sentiment-model.en: the sentiment model " + zh + " scores zh-CN texts");
    String missing = dir.resolve("missing.model").toString();
    assertThatThrownBy(() -> score(Map.of("quality.sentiment-model.zh", missing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentiment model " + missing + ": no such file");
  }
}
