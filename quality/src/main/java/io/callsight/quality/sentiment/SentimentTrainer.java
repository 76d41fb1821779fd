package io.callsight.quality.sentiment;

import io.callsight.quality.sentiment.Sentiment.Label;
import io.callsight.quality.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link SentimentModel} on labelled texts: multinomial logistic regression by AdaGrad,
 * each label weighted by the inverse of its share so that balanced accuracy, not the majority
 * label, is what improves. The n-grams learn from the texts alone; the lexicon scorer's score is
 * then added with a fixed weight ({@link #LEXICON_WEIGHT}), so a few thousand labelled turns refine
 * the lexicon instead of starting from nothing.
 *
 * <p>Why apart: n-grams trained beside the lexicon learn only what it misses on their training
 * texts, mostly that domain's words; trained alone they also learn the general words of praise and
 * complaint, which carry to texts unlike those (another product, a new campaign). Trained on nine
 * of ten review domains and tested on the tenth: 87.1 % mean balanced accuracy against 86.5 %.
 *
 * <p>The settings were chosen on development data only (take-away and shopping reviews, also as ten
 * domains each held out in turn, see DISCUSSION.md), never on the held-out sets the README reports.
 */
public final class SentimentTrainer {
  /** A text and the label a person gave it. */
  public record Example(String text, Label label) {}

  /** How far training has got, for a progress line. */
  public interface Progress {
    void epochDone(int epoch, int epochs, double meanLoss);

    /** Self-training: the first model labelled {@code texts} texts; {@code kept} are learnt. */
    default void unlabelledLabelled(int texts, int kept) {}
  }

  /**
   * 2^20 buckets: 4 MB of weights per label in memory; 2^18 lost 0.2-0.7 point on development data.
   */
  public static final int BUCKETS = 1 << 20;

  public static final int EPOCHS = 2;

  /**
   * The lexicon score's weight for the positive output, negated for the negative one (neutral: 0).
   * 0.5 to 3 were tried on development data; 0.75 and 1 were within 0.1 point of each other.
   */
  static final float LEXICON_WEIGHT = 1;

  /** Per label output: a two-label model moves two outputs against each other, doubling it. */
  private static final double RATE = 0.05;

  /**
   * The share of each label's unlabelled texts, surest first, that {@link #surest} keeps: 0.5,
   * 0.65, 0.8 and all gave 87.6, 87.8, 87.7 and 87.5 % on development data (DISCUSSION.md).
   */
  static final double SUREST_SHARE = 0.75;

  private static final double BIAS_RATE = 0.01;
  private static final double L2 = 1e-6;
  private static final long SEED = 1;

  private SentimentTrainer() {}

  /**
   * Trains on {@code examples}; the labels they use (at least two) are the model's.
   *
   * @throws IllegalArgumentException if the examples use fewer than two labels
   */
  public static SentimentModel train(
      Language language, List<Example> examples, int epochs, Progress progress) {
    Map<Label, Integer> counts = new EnumMap<>(Label.class);
    examples.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
    if (!canTrainOn(examples)) {
      throw new IllegalArgumentException(
          "training needs texts of at least two labels; these are all " + counts.keySet());
    }
    Label[] labels = counts.keySet().toArray(Label[]::new);
    int k = labels.length;
    double[] labelWeight = new double[k];
    int[] target = new int[examples.size()];
    for (int c = 0; c < k; c++) {
      labelWeight[c] = examples.size() / (double) (k * counts.get(labels[c]));
    }

    SentimentModel model =
        new SentimentModel(
            language, labels, BUCKETS, new float[BUCKETS * k], new float[k], new float[k]);
    List<int[]> features = new ArrayList<>(examples.size());
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      features.add(SentimentFeatures.of(language, e.text(), BUCKETS));
      for (int c = 0; c < k; c++) {
        if (labels[c] == e.label()) {
          target[i] = c;
        }
      }
    }

    float[] squares = new float[BUCKETS * k];
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(SEED);
    double[] gradient = new double[k];
    for (int epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, random);
      double loss = 0;
      for (int i : order) {
        int[] f = features.get(i);
        double[] p = model.probabilities(f, 0);
        loss -= labelWeight[target[i]] * Math.log(Math.max(p[target[i]], 1e-12));
        for (int c = 0; c < k; c++) {
          gradient[c] = (p[c] - (c == target[i] ? 1 : 0)) * labelWeight[target[i]];
        }
        double norm = f.length == 0 ? 0 : 1 / Math.sqrt(f.length);
        for (int bucket : f) {
          int at = bucket * k;
          for (int c = 0; c < k; c++) {
            double g = gradient[c] * norm + L2 * model.weights[at + c];
            if (g == 0) {
              continue;
            }
            squares[at + c] += (float) (g * g);
            model.weights[at + c] -= (float) (RATE * g / Math.sqrt(squares[at + c]));
          }
        }
        for (int c = 0; c < k; c++) {
          model.bias[c] -= (float) (BIAS_RATE * gradient[c]);
        }
      }
      progress.epochDone(epoch, epochs, loss / examples.size());
    }
    for (int c = 0; c < k; c++) {
      model.lexiconWeight[c] =
          switch (labels[c]) {
            case POSITIVE -> LEXICON_WEIGHT;
            case NEGATIVE -> -LEXICON_WEIGHT;
            case NEUTRAL -> 0;
          };
    }
    return model;
  }

  /** Whether {@code examples} use at least two labels, which training needs. */
  public static boolean canTrainOn(List<Example> examples) {
    return examples.stream().map(Example::label).distinct().limit(2).count() == 2;
  }

  /**
   * Self-training, for texts unlike the labelled ones: {@code first}, trained on {@code examples},
   * labels {@code unlabelled} (say a month of the centre's turns, which nobody labelled), and a
   * second model trains on the examples plus the surest of those ({@link #surest}). It learns the
   * words of the new texts that go with the words the first model knows.
   */
  public static SentimentModel selfTrain(
      SentimentModel first,
      List<Example> examples,
      List<String> unlabelled,
      int epochs,
      Progress progress) {
    List<Example> surest = surest(first, unlabelled);
    progress.unlabelledLabelled(unlabelled.size(), surest.size());
    List<Example> both = new ArrayList<>(examples);
    both.addAll(surest);
    return train(first.language(), both, epochs, progress);
  }

  /**
   * Training without labels, from {@link #lexiconLabelled}'s examples of {@code texts}: a first
   * model trains on them. If it has two labels (texts that all give an opinion), it then labels the
   * same texts itself and a second model trains on the surest of its labels alone: the first reads
   * the lexicon's words and the domain's words beside them, the second, taught by it, relies on the
   * domain's words where the lexicon has none. With neutral examples the second round made more
   * neutral turns positive or negative, so a three-label model is the first; a third round gained
   * nothing (DISCUSSION.md).
   */
  public static SentimentModel lexiconTrained(
      Language language,
      List<Example> lexiconLabelled,
      List<String> texts,
      int epochs,
      Progress progress) {
    SentimentModel first = train(language, lexiconLabelled, epochs, progress);
    if (first.labels.length != 2) {
      return first;
    }
    List<Example> surest = surest(first, texts);
    if (!canTrainOn(surest)) {
      return first;
    }
    progress.unlabelledLabelled(texts.size(), surest.size());
    return train(language, surest, epochs, progress);
  }

  /**
   * Labels {@code texts} with {@code model} and returns, for each label, the surest {@link
   * #SUREST_SHARE} of the texts it gave that label.
   */
  static List<Example> surest(SentimentModel model, List<String> texts) {
    List<Guess> guesses = new ArrayList<>(texts.size());
    for (String text : texts) {
      double[] p = model.probabilities(text);
      int likeliest = SentimentModel.likeliest(p);
      guesses.add(new Guess(new Example(text, model.labels[likeliest]), p[likeliest]));
    }
    return surestOf(guesses);
  }

  /**
   * Training without labels: the lexicon labels {@code texts} (say a month of the centre's turns)
   * and this returns, for each label, the surest {@link #SUREST_SHARE} of the texts it gave that
   * label, the ones with the strongest score first and, for neutral, the ones nearest 0. A model
   * trained on them learns the words of those texts that go with the lexicon's words.
   *
   * @param withNeutral whether the texts the lexicon calls neutral are examples too (call turns,
   *     most of which are neutral) or are left out (texts that all give an opinion, such as
   *     reviews)
   */
  public static List<Example> lexiconLabelled(
      Language language, List<String> texts, boolean withNeutral) {
    SentimentScorer lexicon = SentimentScorer.forLanguage(language);
    List<Guess> guesses = new ArrayList<>(texts.size());
    for (String text : texts) {
      Sentiment s = lexicon.score(text);
      if (s.label() != Label.NEUTRAL) {
        guesses.add(new Guess(new Example(text, s.label()), Math.abs(s.score())));
      } else if (withNeutral) {
        guesses.add(new Guess(new Example(text, Label.NEUTRAL), -Math.abs(s.score())));
      }
    }
    return surestOf(guesses);
  }

  /**
   * For each label, the surest {@link #SUREST_SHARE} (rounded up) of the texts guessed to have it.
   */
  private static List<Example> surestOf(List<Guess> guesses) {
    Map<Label, List<Guess>> byLabel = new EnumMap<>(Label.class);
    for (Guess g : guesses) {
      byLabel.computeIfAbsent(g.example().label(), l -> new ArrayList<>()).add(g);
    }
    List<Example> out = new ArrayList<>();
    for (List<Guess> sameLabel : byLabel.values()) {
      sameLabel.sort(Comparator.comparingDouble(Guess::sureness).reversed());
      sameLabel.stream()
          .limit((long) Math.ceil(sameLabel.size() * SUREST_SHARE))
          .forEach(g -> out.add(g.example()));
    }
    return out;
  }

  /** A label guessed for a text, and how sure the guess is (higher is surer). */
  private record Guess(Example example, double sureness) {}

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
