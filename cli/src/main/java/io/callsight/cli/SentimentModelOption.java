package io.callsight.cli;

import io.callsight.quality.sentiment.SentimentScorer;
import io.callsight.quality.text.Language;
import picocli.CommandLine.Option;

/** {@code --sentiment-model}: turns scored by a trained model, as the quality job can be. */
final class SentimentModelOption {
  @Option(
      names = "--sentiment-model",
      paramLabel = "FILE",
      description =
          "Score turns' sentiment with this trained model, as the quality job does when"
              + " configured with one. Default: the shipped lexicon")
  String file;

  SentimentScorer scorer(Language language) {
    return SentimentScorer.configured(language, file, "--sentiment-model");
  }
}
