package io.callsight.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.quality.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTextTest {
  @Test
  void readsTimedTurns() {
    List<Turn> turns =
        TranscriptText.parse(
            "# a call\n[0:01] agent: 您好\n\n[1:02.5] customer：你好\n[1:00:03] 座席: 再见\n",
            Language.ZH_CN,
            "t.txt");
    assertThat(turns).hasSize(3);
    assertThat(turns.get(0)).isEqualTo(new Turn(Speaker.AGENT, 1000, 1500, "您好"));
    assertThat(turns.get(1).startMs()).isEqualTo(62_500);
    assertThat(turns.get(1).speaker()).isEqualTo(Speaker.CUSTOMER);
    assertThat(turns.get(2).startMs()).isEqualTo(3_603_000);
    assertThat(turns.get(2).speaker()).isEqualTo(Speaker.AGENT);
  }

  @Test
  void estimatesMissingTimesFromLength() {
    List<Turn> turns =
        TranscriptText.parse(
            "agent: Thank you for calling, how can I help?\ncustomer: My bill is wrong.",
            Language.EN_US,
            "t.txt");
    assertThat(turns.get(0).startMs()).isZero();
    assertThat(turns.get(0).endMs()).isEqualTo(8 * 400);
    assertThat(turns.get(1).startMs()).isEqualTo(8 * 400 + 300);
    List<Turn> zh = TranscriptText.parse("客户：我要投诉，东西坏了", Language.ZH_CN, "t.txt");
    assertThat(zh.get(0).endMs()).isEqualTo(8 * 250);
  }

  @Test
  void aTimedTurnCutsTheEstimateBeforeIt() {
    List<Turn> turns =
        TranscriptText.parse("agent: 您好请问有什么可以帮您\n[0:01] customer: 我要查话费", Language.ZH_CN, "t.txt");
    assertThat(turns.get(0).endMs()).isEqualTo(1000);
  }

  @Test
  void badLinesSayWhereAndWhy() {
    assertThatThrownBy(
            () -> TranscriptText.parse("agent: hi\nhello there", Language.EN_US, "call.txt"))
        .hasMessageStartingWith("call.txt:2: expected '[m:ss] agent: text'");
    assertThatThrownBy(() -> TranscriptText.parse("boss: hi", Language.EN_US, "call.txt"))
        .hasMessageContaining("call.txt:1: unknown speaker 'boss'");
    assertThatThrownBy(
            () ->
                TranscriptText.parse(
                    "[0:10] agent: a\n[0:05] customer: b", Language.EN_US, "call.txt"))
        .hasMessageContaining("call.txt:2: time goes backwards");
    assertThatThrownBy(
            () -> TranscriptText.parse("\n# only a comment\n", Language.EN_US, "call.txt"))
        .hasMessageStartingWith("call.txt: no turns");
  }

  @Test
  void guessesTheLanguage() {
    assertThat(TranscriptText.guessLanguage("agent: 您好")).isEqualTo(Language.ZH_CN);
    assertThat(TranscriptText.guessLanguage("agent: hello")).isEqualTo(Language.EN_US);
  }
}
