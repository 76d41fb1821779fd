package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.callsight.schemas.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callsight sentiment} in-process: one JSON line per input line. */
class SentimentCommandTest {
  @TempDir Path dir;

  static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String l : out.strip().split("\n")) {
      nodes.add(Json.mapper().readTree(l));
    }
    return nodes;
  }

  @Test
  void scoresEachLineOfStandardInput() throws Exception {
    InputStream stdin = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              "太好了，谢谢你们！\n服务太差了，我要投诉\n\n我想查一下话费\n".getBytes(StandardCharsets.UTF_8)));
      ScoreCommandTest.Run r = ScoreCommandTest.run("sentiment", "--lang", "zh-CN");
      assertThat(r.exit()).as(r.err()).isZero();
      List<JsonNode> out = lines(r.out());
      assertThat(out).hasSize(4);
      assertThat(out.get(0).get("label").asText()).isEqualTo("positive");
      assertThat(out.get(0).get("score").asDouble()).isBetween(0.05, 1.0);
      assertThat(out.get(1).get("label").asText()).isEqualTo("negative");
      assertThat(out.get(1).get("score").asDouble()).isBetween(-1.0, -0.05);
      assertThat(out.get(2).get("label").asText()).isEqualTo("neutral");
      assertThat(out.get(3).get("label").asText()).isEqualTo("neutral");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void readsAFileAndTellsLanguagesApart() throws Exception {
    Path f = dir.resolve("texts.txt");
    Files.writeString(f, "I love this, thank you!\n这个东西不好用\nIt is not good at all.\n");
    List<JsonNode> out = lines(ScoreCommandTest.run("sentiment", "--file", f.toString()).out());
    assertThat(out)
        .extracting(n -> n.get("label").asText())
        .containsExactly("positive", "negative", "negative");
  }

  @Test
  void anUnknownLanguageIsRefused() {
    ScoreCommandTest.Run r = ScoreCommandTest.run("sentiment", "--lang", "fr-FR");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("unsupported language 'fr-FR'");
  }
}
