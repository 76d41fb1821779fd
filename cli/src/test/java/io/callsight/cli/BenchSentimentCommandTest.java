package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callsight bench sentiment} in-process on small files laid out as the public data sets. */
class BenchSentimentCommandTest {
  @TempDir Path dir;

  Path write(String name, String csv) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, csv, StandardCharsets.UTF_8);
    return f;
  }

  /** The command's output with runs of spaces made one, so the assertions ignore alignment. */
  static String run(String... args) {
    ScoreCommandTest.Run r = ScoreCommandTest.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out().replaceAll(" +", " ");
  }

  @Test
  void measuresABinaryDataSetLaidOutAsChnSentiCorp() throws Exception {
    Path reviews =
        write(
            "chnsenticorp.csv",
            """
            label,review
            1,太好了，谢谢你们！
            1,我想查一下话费
            1,"房间很好，
            服务也很好！"
            0,服务太差了，我要投诉
            0,这个东西不好用
            1,
            """);

    String out = run("bench", "sentiment", "--labelled", reviews.toString());

    assertThat(out)
        .contains("scoring column 'review' of " + reviews + " against column 'label'")
        .contains("5 texts: 3 positive, 2 negative")
        .contains("recall positive 66.7 % (2 of 3)")
        .contains("recall negative 100.0 % (2 of 2)")
        .contains("balanced accuracy 83.3 % (mean recall over the 2 labels")
        .contains("the 1 texts the scorer called neutral count as wrong")
        .doesNotContain("with two labels")
        .contains(" positive neutral negative\n positive 2 1 0\n negative 0 0 2\n")
        .contains("languages guessed (Chinese if a text has Han characters): zh-CN 5")
        .contains("left out 1 row with an empty text")
        .containsPattern("speed: [\\d,]+ texts/s");
  }

  @Test
  void measuresThreeLabelsLaidOutAsMeld() throws Exception {
    Path turns =
        write(
            "meld.csv",
            """
            Sr No.,Utterance,Speaker,Emotion,Sentiment,Dialogue_ID
            1,"I love this, thank you!",Rachel,joy,positive,0
            2,It is not good at all.,Ross,disgust,negative,0
            3,"Oh my God, this is great!",Joey,surprise,negative,0
            4,I want to check my bill.,Monica,neutral,neutral,1
            5,"Thanks, that is great.",Chandler,neutral,neutral,1
            """);

    String out = run("bench", "sentiment", "--labelled", turns.toString(), "--lang", "en-US");

    assertThat(out)
        .contains("scoring column 'Utterance' of " + turns + " against column 'Sentiment'")
        .contains("language en-US")
        .contains("recall positive 100.0 % (1 of 1)")
        .contains("recall neutral 50.0 % (1 of 2)")
        .contains("recall negative 50.0 % (1 of 2)")
        .contains("balanced accuracy 66.7 % (mean recall over the 3 labels")
        .contains("with two labels 75.0 % (the 2 neutral texts left out")
        .doesNotContain("count as wrong")
        .contains(" positive 1 0 0\n neutral 1 1 0\n negative 1 0 1\n");
  }

  @Test
  void aLabelThatIsNoSentimentStopsNamingTheFileLineAndValue() throws Exception {
    Path turns =
        write(
            "meld.csv",
            """
            Sr No.,Utterance,Speaker,Emotion,Sentiment
            1,"Well,
            hello there.",Joey,neutral,neutral
            2,Oh no.,Ross,sadness,negative
            """);

    ScoreCommandTest.Run r =
        ScoreCommandTest.run(
            "bench", "sentiment", "--labelled", turns.toString(), "--label", "Emotion");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "callsight bench sentiment: "
                + turns
                + " line 4: label 'sadness' in column 'Emotion' is not 1/positive/pos,"
                + " 0/negative/neg or neutral; name the label column with --label\n");
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsThereAre() throws Exception {
    Path texts = write("texts.csv", "id,comment,stars\n1,great,5\n");

    ScoreCommandTest.Run r =
        ScoreCommandTest.run("bench", "sentiment", "--labelled", texts.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            texts
                + " has no column named any of [review, Utterance, text]; its columns are [id,"
                + " comment, stars]: name the right one with --text");
  }
}
