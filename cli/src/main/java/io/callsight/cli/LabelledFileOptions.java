package io.callsight.cli;

import io.callsight.bench.SentimentBench;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --labelled}, {@code --text}, {@code --label}: a CSV file of labelled texts. */
final class LabelledFileOptions {
  @Option(
      names = "--labelled",
      required = true,
      paramLabel = "FILE",
      description = "The labelled CSV file (UTF-8)")
  Path labelled;

  @Mixin LabelledColumns columns;

  SentimentBench.DataSet read() throws IOException {
    return SentimentBench.read(labelled, columns.text, columns.label);
  }
}
