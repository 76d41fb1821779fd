package io.callsight.quality.sentiment;

import io.callsight.quality.sentiment.Sentiment.Label;
import io.callsight.quality.text.Language;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A sentiment scorer trained on labelled texts ({@link SentimentTrainer}): a linear model over the
 * text's hashed n-grams ({@link SentimentFeatures}) plus the lexicon scorer's score at a fixed
 * weight, with one output per label the training data used. Its score is P(positive) − P(negative);
 * its label the likeliest one, or for a model trained without neutral texts the score's sign, and
 * the lexicon's label where the score is within the lexicon's neutral band (the model unsure).
 *
 * <p>A model is configuration, like a Vosk model: a file made by {@code callsight sentiment train}
 * on the centre's own labelled turns, read at start-up.
 */
public final class SentimentModel implements SentimentScorer {
  private static final String MAGIC = "CallSight sentiment model";
  private static final int VERSION = 1;

  final Language language;
  final Label[] labels;
  final int buckets;

  /** Bucket-major: the weights of bucket b are at [b * labels.length, (b + 1) * labels.length). */
  final float[] weights;

  final float[] bias;
  final float[] lexiconWeight;
  private final SentimentScorer lexicon;

  SentimentModel(
      Language language,
      Label[] labels,
      int buckets,
      float[] weights,
      float[] bias,
      float[] lexiconWeight) {
    if (Integer.bitCount(buckets) != 1 || weights.length != buckets * labels.length) {
      throw new IllegalArgumentException(
          buckets + " buckets of " + labels.length + " labels for " + weights.length + " weights");
    }
    this.language = language;
    this.labels = labels;
    this.buckets = buckets;
    this.weights = weights;
    this.bias = bias;
    this.lexiconWeight = lexiconWeight;
    this.lexicon = SentimentScorer.forLanguage(language);
  }

  public Language language() {
    return language;
  }

  /**
   * Checks that this model scores texts in {@code language}; null (the texts' language not given)
   * passes.
   *
   * @throws IllegalArgumentException naming both languages
   */
  public void requireLanguage(Language language) {
    if (language != null && language != this.language) {
      throw new IllegalArgumentException(
          "the sentiment model scores " + this.language + " texts, not " + language);
    }
  }

  @Override
  public Sentiment score(String text) {
    return scored(text, lexicon.score(text));
  }

  /** An agent's turn: the lexicon's part of the score counts no complaint told as a fact. */
  @Override
  public Sentiment scoreAgent(String text) {
    return scored(text, lexicon.scoreAgent(text));
  }

  private Sentiment scored(String text, Sentiment lexical) {
    double[] p = probabilities(text, lexical);
    double score = 0;
    boolean neutral = false;
    for (int k = 0; k < labels.length; k++) {
      switch (labels[k]) {
        case POSITIVE -> score += p[k];
        case NEGATIVE -> score -= p[k];
        case NEUTRAL -> neutral = true;
      }
    }
    if (!neutral) {
      // Unsure between its two labels, the model defers to the lexicon, which says neutral where
      // no word in the text carries a sentiment ("请稍等") and what the words say otherwise.
      return Math.abs(score) < Sentiment.NEUTRAL_BAND
          ? new Sentiment(score, lexical.label())
          : Sentiment.of(score);
    }
    return new Sentiment(score, labels[likeliest(p)]);
  }

  /** Each label's probability for a text, in the order of {@link #labels}. */
  double[] probabilities(String text) {
    return probabilities(text, lexicon.score(text));
  }

  private double[] probabilities(String text, Sentiment lexical) {
    return probabilities(SentimentFeatures.of(language, text, buckets), lexical.score());
  }

  /** Where the largest of {@code p} is: the likeliest label's index. */
  static int likeliest(double[] p) {
    int likeliest = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[likeliest]) {
        likeliest = k;
      }
    }
    return likeliest;
  }

  /** Each label's probability for a text's buckets and lexicon score (a softmax). */
  double[] probabilities(int[] features, double lexiconScore) {
    int k = labels.length;
    double[] z = new double[k];
    double norm = features.length == 0 ? 0 : 1 / Math.sqrt(features.length);
    for (int f : features) {
      int at = f * k;
      for (int c = 0; c < k; c++) {
        z[c] += weights[at + c];
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      z[c] = z[c] * norm + bias[c] + lexiconWeight[c] * lexiconScore;
      max = Math.max(max, z[c]);
    }
    double sum = 0;
    for (int c = 0; c < k; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < k; c++) {
      z[c] /= sum;
    }
    return z;
  }

  /** Writes the model (gzip-compressed) to a file. */
  public void write(Path file) {
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)))) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(language.tag());
      out.writeInt(labels.length);
      for (Label l : labels) {
        out.writeUTF(l.code());
      }
      out.writeInt(buckets);
      for (int c = 0; c < labels.length; c++) {
        out.writeFloat(bias[c]);
        out.writeFloat(lexiconWeight[c]);
      }
      for (float w : weights) {
        out.writeFloat(w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sentiment model " + file + ": " + e, e);
    }
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static SentimentModel read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "sentiment model " + file + ": no such file (make one with callsight sentiment train)");
    }
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16)))) {
      if (!MAGIC.equals(in.readUTF())) {
        throw bad(file, "not a CallSight sentiment model");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw bad(file, "format version " + version + ", this CallSight reads " + VERSION);
      }
      String tag = in.readUTF();
      Language language;
      try {
        language = Language.of(tag);
      } catch (IllegalArgumentException e) {
        throw bad(file, e.getMessage());
      }
      int k = in.readInt();
      if (k < 2 || k > Label.values().length) {
        throw bad(file, k + " labels");
      }
      Label[] labels = new Label[k];
      for (int c = 0; c < k; c++) {
        String code = in.readUTF();
        labels[c] =
            java.util.Arrays.stream(Label.values())
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow(() -> bad(file, "unknown label '" + code + "'"));
      }
      int buckets = in.readInt();
      if (Integer.bitCount(buckets) != 1 || buckets > 1 << 24) {
        throw bad(file, buckets + " buckets, not a power of two up to 2^24");
      }
      float[] bias = new float[k];
      float[] lexiconWeight = new float[k];
      for (int c = 0; c < k; c++) {
        bias[c] = in.readFloat();
        lexiconWeight[c] = in.readFloat();
      }
      float[] weights = new float[buckets * k];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = in.readFloat();
      }
      if (in.read() != -1) {
        throw bad(file, "more bytes than its " + buckets + " buckets hold");
      }
      return new SentimentModel(language, labels, buckets, weights, bias, lexiconWeight);
    } catch (ZipException | EOFException e) {
      throw bad(file, "truncated or not a CallSight sentiment model (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentiment model " + file + ": " + e, e);
    }
  }

  private static IllegalArgumentException bad(Path file, String problem) {
    return new IllegalArgumentException("sentiment model " + file + ": " + problem);
  }
}
