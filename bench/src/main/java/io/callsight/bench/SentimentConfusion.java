package io.callsight.bench;

import io.callsight.quality.sentiment.Sentiment.Label;
import java.util.Arrays;
import java.util.List;

/**
 * How the sentiment scorer's labels compare with a data set's: a count per (label, predicted) pair,
 * and the recalls and balanced accuracy they give. Balanced accuracy is the mean recall over the
 * labels that occur, so a data set with few negative texts cannot hide a scorer that misses them.
 */
public final class SentimentConfusion {
  private final long[][] counts = new long[Label.values().length][Label.values().length];

  /** One text whose data set says {@code label} and the scorer says {@code predicted}. */
  public void add(Label label, Label predicted) {
    counts[label.ordinal()][predicted.ordinal()]++;
  }

  public long count(Label label, Label predicted) {
    return counts[label.ordinal()][predicted.ordinal()];
  }

  /** Texts whose data set says {@code label}. */
  public long labelled(Label label) {
    return Arrays.stream(counts[label.ordinal()]).sum();
  }

  public long texts() {
    return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
  }

  /** The labels the data set uses, in the order positive, neutral, negative. */
  public List<Label> labelsPresent() {
    return Arrays.stream(Label.values()).filter(l -> labelled(l) > 0).toList();
  }

  /** The share of texts labelled {@code label} that the scorer labelled so too. */
  public double recall(Label label) {
    long labelled = labelled(label);
    if (labelled == 0) {
      throw new IllegalStateException("no text is labelled " + label.code());
    }
    return (double) count(label, label) / labelled;
  }

  /**
   * The mean recall over the labels present: a label the data set never uses (neutral in a
   * positive/negative set) is not averaged in, and predicting it is simply wrong.
   */
  public double balancedAccuracy() {
    List<Label> present = labelsPresent();
    if (present.isEmpty()) {
      throw new IllegalStateException("no texts counted");
    }
    return present.stream().mapToDouble(this::recall).average().orElseThrow();
  }

  /**
   * The balanced accuracy with two labels: the mean recall of positive and negative, as if the
   * texts labelled neutral were left out; a positive or negative text called neutral is wrong.
   *
   * @throws IllegalStateException unless texts of both labels were counted
   */
  public double polarAccuracy() {
    return (recall(Label.POSITIVE) + recall(Label.NEGATIVE)) / 2;
  }
}
