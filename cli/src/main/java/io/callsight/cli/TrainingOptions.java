package io.callsight.cli;

import io.callsight.quality.sentiment.SentimentTrainer;
import io.callsight.quality.text.Language;
import picocli.CommandLine.Option;

/** {@code --lang}, {@code --epochs}: what training a sentiment model needs to be told. */
final class TrainingOptions {
  @Option(
      names = "--lang",
      required = true,
      paramLabel = "zh-CN|en-US",
      description = "The texts' language")
  String lang;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description = "Passes over the texts per model. Default: ${DEFAULT-VALUE}")
  int epochs = SentimentTrainer.EPOCHS;

  Language language() {
    return Language.of(lang);
  }

  /** The passes, checked. */
  int epochs() {
    if (epochs < 1) {
      throw new IllegalArgumentException("--epochs must be at least 1, not " + epochs);
    }
    return epochs;
  }
}
