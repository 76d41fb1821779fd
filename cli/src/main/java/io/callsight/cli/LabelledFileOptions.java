package io.callsight.cli;

import io.callsight.bench.SentimentBench;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --labelled}, {@code --text}, {@code --label}: a CSV file of labelled texts. */
final class LabelledFileOptions {
  @Option(
      names = "--labelled",
      required = true,
      paramLabel = "FILE",
      description = "The labelled CSV file (UTF-8)")
  Path labelled;

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

  SentimentBench.DataSet read() throws IOException {
    return SentimentBench.read(labelled, text, label);
  }
}
