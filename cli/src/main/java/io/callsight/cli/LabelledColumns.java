package io.callsight.cli;

import picocli.CommandLine.Option;

/** {@code --text}, {@code --label}: the columns of a labelled CSV file. */
final class LabelledColumns {
  @Option(
      names = "--text",
      paramLabel = "COLUMN",
      description = "The text column. Default: the first of review, Utterance, text")
  String text;

  @Option(
      names = "--label",
      paramLabel = "COLUMN",
      description = "The label column. Default: the first of label, Sentiment")
  String label;
}
