package io.callsight.quality.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.quality.sentiment.Sentiment.Label;
import io.callsight.quality.sentiment.SentimentTrainer.Example;
import io.callsight.quality.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training learns what the lexicon does not know (slang the centre's customers use), a model
 * survives its file, and a bad file is refused with its name.
 */
class SentimentModelTest {
  static final List<String> THINGS_ZH =
      List.of("这个耳机", "这款手机", "那家店的外卖", "这次的快递", "你们的宽带", "这个套餐", "新买的冰箱", "上次的维修");
  static final List<String> THINGS_EN =
      List.of(
          "this headset",
          "the new phone",
          "your broadband",
          "the last repair",
          "this plan",
          "the fridge",
          "that delivery",
          "the app");

  /** Every thing said to be 顶呱呱 (positive), 拉胯 (negative) or only asked about (neutral). */
  static List<Example> chinese(List<String> things, boolean withNeutral) {
    List<Example> out = new ArrayList<>();
    for (String t : things) {
      out.add(new Example(t + "顶呱呱", Label.POSITIVE));
      out.add(new Example("说实话" + t + "真的顶呱呱", Label.POSITIVE));
      out.add(new Example(t + "拉胯", Label.NEGATIVE));
      out.add(new Example("说实话" + t + "真的拉胯", Label.NEGATIVE));
      if (withNeutral) {
        out.add(new Example("我想查一下" + t + "的订单", Label.NEUTRAL));
        out.add(new Example(t + "是哪天买的", Label.NEUTRAL));
      }
    }
    return out;
  }

  static SentimentModel train(Language language, List<Example> examples) {
    return SentimentTrainer.train(language, examples, 5, (epoch, of, loss) -> {});
  }

  @Test
  void aTrainedModelKnowsWordsTheLexiconDoesNot() {
    SentimentScorer lexicon = SentimentScorer.forLanguage(Language.ZH_CN);
    assertThat(lexicon.score("这个键盘拉胯").label()).isEqualTo(Label.NEUTRAL);
    assertThat(lexicon.score("这个键盘顶呱呱").label()).isEqualTo(Label.NEUTRAL);

    SentimentModel model = train(Language.ZH_CN, chinese(THINGS_ZH, false));

    // A thing it never saw.
    assertThat(model.score("这个键盘拉胯").label()).isEqualTo(Label.NEGATIVE);
    assertThat(model.score("这个键盘顶呱呱").label()).isEqualTo(Label.POSITIVE);
    assertThat(model.score("这个键盘顶呱呱").score()).isBetween(0.5, 1.0);
    assertThat(model.labels).containsExactly(Label.POSITIVE, Label.NEGATIVE);
  }

  @Test
  void theLexiconKeepsItsWeightWhereTheTrainingTextsNeverUsedIt() {
    // Every training text is neutral to the lexicon, so a weight learned beside the n-grams would
    // have stayed 0; fixed, the lexicon still scores words the training never showed.
    SentimentModel model = train(Language.ZH_CN, chinese(THINGS_ZH, false));
    assertThat(model.score("客服的态度非常好").label()).isEqualTo(Label.POSITIVE);
    assertThat(model.score("客服的态度非常差").label()).isEqualTo(Label.NEGATIVE);
  }

  @Test
  void anAgentsTurnGivesTheModelTheLexiconsAgentScore() {
    SentimentModel model = train(Language.ZH_CN, chinese(THINGS_ZH, false));
    String restated = "跟您确认一下，是本月话费重复扣款，对吗";
    // The n-grams never saw these words; the lexicon's part decides, and for an agent it counts
    // no complaint told as a fact.
    assertThat(model.score(restated).label()).isEqualTo(Label.NEGATIVE);
    assertThat(model.scoreAgent(restated).label()).isEqualTo(Label.NEUTRAL);
    assertThat(model.scoreAgent("客服的态度非常差").label()).isEqualTo(Label.NEGATIVE);
  }

  /** A new product line's turns that nobody labelled: the slang known from training beside new. */
  static final List<String> NEW_LINE_TURNS =
      List.of(
          "这个键盘顶呱呱，巴适得很",
          "这台电视顶呱呱，巴适得很",
          "那个鼠标顶呱呱，巴适得很",
          "这把椅子顶呱呱",
          "这个键盘拉胯，稀碎",
          "这台电视拉胯，稀碎",
          "那个鼠标拉胯，稀碎",
          "这把椅子拉胯");

  @Test
  void theSurestShareOfEachLabelIsKept() {
    SentimentModel model = train(Language.ZH_CN, chinese(THINGS_ZH, false));
    List<Example> surest = SentimentTrainer.surest(model, NEW_LINE_TURNS);

    assertThat(surest).hasSize(6); // three quarters of four texts of each label
    for (Example e : surest) {
      assertThat(e.label()).isEqualTo(model.score(e.text()).label());
    }
    for (Label label : List.of(Label.POSITIVE, Label.NEGATIVE)) {
      int at = label == Label.POSITIVE ? 0 : 1;
      List<String> kept =
          surest.stream().filter(e -> e.label() == label).map(Example::text).toList();
      String dropped =
          NEW_LINE_TURNS.stream()
              .filter(t -> model.score(t).label() == label && !kept.contains(t))
              .findFirst()
              .orElseThrow();
      for (String t : kept) {
        assertThat(model.probabilities(t)[at])
            .isGreaterThanOrEqualTo(model.probabilities(dropped)[at]);
      }
    }
  }

  @Test
  void selfTrainingLearnsTheWordsOfUnlabelledTexts() {
    List<Example> labelled = chinese(THINGS_ZH, false);
    SentimentModel first = train(Language.ZH_CN, labelled);
    assertThat(first.score("这个音箱巴适得很").score()).isBetween(-0.3, 0.3);
    assertThat(first.score("这个音箱稀碎").score()).isBetween(-0.3, 0.3);

    int[] learnt = new int[2];
    SentimentModel second =
        SentimentTrainer.selfTrain(first, labelled, NEW_LINE_TURNS, 5, countRelabelled(learnt));
    assertThat(learnt).containsExactly(8, 6);

    assertThat(second.score("这个音箱巴适得很").label()).isEqualTo(Label.POSITIVE);
    assertThat(second.score("这个音箱稀碎").label()).isEqualTo(Label.NEGATIVE);
  }

  /** Turns nobody labelled: slang the lexicon does not know beside words it knows. */
  static List<String> unlabelledTurns() {
    List<String> turns = new ArrayList<>();
    for (String t : THINGS_ZH) {
      turns.add(t + "很好，巴适得很");
      turns.add(t + "太差了，稀碎");
      turns.add("我想查一下" + t + "的订单");
    }
    return turns;
  }

  @Test
  void aModelTrainedOnTheLexiconsLabelsLearnsTheWordsBesideItsWords() {
    SentimentScorer lexicon = SentimentScorer.forLanguage(Language.ZH_CN);
    assertThat(lexicon.score("这个音箱巴适得很").label()).isEqualTo(Label.NEUTRAL);
    assertThat(lexicon.score("这个音箱稀碎").label()).isEqualTo(Label.NEUTRAL);

    List<Example> examples =
        SentimentTrainer.lexiconLabelled(Language.ZH_CN, unlabelledTurns(), true);
    // Three quarters of each label's eight texts, the surest first.
    assertThat(examples).hasSize(18);
    assertThat(examples).filteredOn(e -> e.label() == Label.NEUTRAL).hasSize(6);
    SentimentModel model = train(Language.ZH_CN, examples);

    assertThat(model.labels).containsExactly(Label.POSITIVE, Label.NEUTRAL, Label.NEGATIVE);
    assertThat(model.score("这个音箱巴适得很").label()).isEqualTo(Label.POSITIVE);
    assertThat(model.score("这个音箱稀碎").label()).isEqualTo(Label.NEGATIVE);
    assertThat(model.score("我想查一下这个音箱的订单").label()).isEqualTo(Label.NEUTRAL);
  }

  @Test
  void opinionsLeaveTheLexiconsNeutralTextsOut() {
    List<Example> examples =
        SentimentTrainer.lexiconLabelled(Language.ZH_CN, unlabelledTurns(), false);
    assertThat(examples).hasSize(12).noneMatch(e -> e.label() == Label.NEUTRAL);
    assertThat(train(Language.ZH_CN, examples).labels)
        .containsExactly(Label.POSITIVE, Label.NEGATIVE);
  }

  @Test
  void aSecondRoundOnItsOwnLabelsLearnsWhatOnlyTheFirstModelCouldRead() {
    // 安逸 and 拉胯 stand only beside the slang 巴适得很 and 稀碎, in texts the lexicon cannot label.
    List<String> reviews = new ArrayList<>(unlabelledTurns());
    for (String t : THINGS_ZH) {
      reviews.add(t + "巴适得很，安逸");
      reviews.add(t + "稀碎，拉胯");
    }
    List<Example> examples = SentimentTrainer.lexiconLabelled(Language.ZH_CN, reviews, false);
    SentimentModel first = train(Language.ZH_CN, examples);
    assertThat(first.score("这个音箱安逸").label()).isEqualTo(Label.NEUTRAL);
    assertThat(first.score("这个音箱拉胯").label()).isEqualTo(Label.NEUTRAL);

    int[] relabelled = new int[2];
    SentimentModel second =
        SentimentTrainer.lexiconTrained(
            Language.ZH_CN, examples, reviews, 5, countRelabelled(relabelled));
    assertThat(relabelled[0]).isEqualTo(reviews.size());
    assertThat(second.labels).containsExactly(Label.POSITIVE, Label.NEGATIVE);
    assertThat(second.score("这个音箱安逸").label()).isEqualTo(Label.POSITIVE);
    assertThat(second.score("这个音箱拉胯").label()).isEqualTo(Label.NEGATIVE);
  }

  @Test
  void withNeutralExamplesTheFirstModelIsKept() {
    List<Example> examples =
        SentimentTrainer.lexiconLabelled(Language.ZH_CN, unlabelledTurns(), true);
    int[] relabelled = new int[2];
    SentimentModel model =
        SentimentTrainer.lexiconTrained(
            Language.ZH_CN, examples, unlabelledTurns(), 5, countRelabelled(relabelled));
    assertThat(relabelled[0]).isZero();
    assertThat(model.labels).containsExactly(Label.POSITIVE, Label.NEUTRAL, Label.NEGATIVE);
    assertThat(model.score("我想查一下这个音箱的订单").label()).isEqualTo(Label.NEUTRAL);
  }

  /** Progress that records how many texts a model labelled ([0]) and how many it kept ([1]). */
  static SentimentTrainer.Progress countRelabelled(int[] counts) {
    return new SentimentTrainer.Progress() {
      @Override
      public void epochDone(int epoch, int epochs, double meanLoss) {}

      @Override
      public void unlabelledLabelled(int texts, int kept) {
        counts[0] = texts;
        counts[1] = kept;
      }
    };
  }

  @Test
  void anUnsureTwoLabelModelDefersToTheLexicon() {
    // All weights 0: P(positive) = P(negative) whatever the text.
    int buckets = 16;
    SentimentModel unsure =
        new SentimentModel(
            Language.ZH_CN,
            new Label[] {Label.POSITIVE, Label.NEGATIVE},
            buckets,
            new float[buckets * 2],
            new float[2],
            new float[2]);
    assertThat(unsure.score("服务很好").label()).isEqualTo(Label.POSITIVE);
    assertThat(unsure.score("服务太差了").label()).isEqualTo(Label.NEGATIVE);
    assertThat(unsure.score("请稍等").label()).isEqualTo(Label.NEUTRAL);
    assertThat(unsure.score("服务很好").score()).isZero();
  }

  @Test
  void aModelTrainedWithNeutralTextsSaysNeutral() {
    SentimentModel model = train(Language.ZH_CN, chinese(THINGS_ZH, true));
    assertThat(model.score("我想查一下这个键盘的订单").label()).isEqualTo(Label.NEUTRAL);
    assertThat(model.score("这个键盘拉胯").label()).isEqualTo(Label.NEGATIVE);
    assertThat(model.labels).containsExactly(Label.POSITIVE, Label.NEUTRAL, Label.NEGATIVE);
  }

  @Test
  void englishTooAndTheLexiconStillCounts() {
    List<Example> examples = new ArrayList<>();
    for (String t : THINGS_EN) {
      examples.add(new Example(t + " is legit", Label.POSITIVE));
      examples.add(new Example("honestly " + t + " is so legit", Label.POSITIVE));
      examples.add(new Example(t + " is janky", Label.NEGATIVE));
      examples.add(new Example("honestly " + t + " is so janky", Label.NEGATIVE));
      examples.add(new Example("I love " + t, Label.POSITIVE));
      examples.add(new Example("I hate " + t, Label.NEGATIVE));
    }
    SentimentScorer lexicon = SentimentScorer.forLanguage(Language.EN_US);
    assertThat(lexicon.score("the router is janky").label()).isEqualTo(Label.NEUTRAL);

    SentimentModel model = train(Language.EN_US, examples);
    assertThat(model.score("the router is janky").label()).isEqualTo(Label.NEGATIVE);
    assertThat(model.score("the router is legit").label()).isEqualTo(Label.POSITIVE);
    // Words it never saw in training, known to the lexicon.
    assertThat(model.lexiconWeight[0]).isPositive(); // positive is the first label
    assertThat(model.score("the router is wonderful").label()).isEqualTo(Label.POSITIVE);
    assertThat(model.score("the router is terrible").label()).isEqualTo(Label.NEGATIVE);
  }

  @Test
  void aModelReadBackScoresExactlyAsWritten(@TempDir Path dir) {
    SentimentModel model = train(Language.ZH_CN, chinese(THINGS_ZH, true));
    Path file = dir.resolve("zh.model");
    model.write(file);
    SentimentModel read = SentimentModel.read(file);
    assertThat(read.language()).isEqualTo(Language.ZH_CN);
    for (String text : List.of("这个键盘拉胯", "我想查一下这个键盘的订单", "服务很好", "")) {
      assertThat(read.score(text)).isEqualTo(model.score(text));
    }
  }

  @Test
  void trainingNeedsTwoLabels() {
    List<Example> positiveOnly = List.of(new Example("好", Label.POSITIVE));
    assertThatThrownBy(() -> train(Language.ZH_CN, positiveOnly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two labels");
  }

  @Test
  void aBadFileIsRefusedWithItsNameAndProblem(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.model");
    assertThatThrownBy(() -> SentimentModel.read(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("no such file");

    Path text = Files.writeString(dir.resolve("notes.txt"), "not a model");
    assertThatThrownBy(() -> SentimentModel.read(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text.toString())
        .hasMessageContaining("not a CallSight sentiment model");

    Path whole = dir.resolve("whole.model");
    train(Language.ZH_CN, chinese(THINGS_ZH, false)).write(whole);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.model"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> SentimentModel.read(cut))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(cut.toString())
        .hasMessageContaining("truncated");
  }
}
