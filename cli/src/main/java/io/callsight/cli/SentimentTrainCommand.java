package io.callsight.cli;

import io.callsight.bench.SentimentBench;
import io.callsight.quality.sentiment.Sentiment.Label;
import io.callsight.quality.sentiment.SentimentModel;
import io.callsight.quality.sentiment.SentimentTrainer;
import io.callsight.quality.text.Language;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code callsight sentiment train}: a sentiment model from labelled texts. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a sentiment model on labelled texts: a CSV file with a header row, one text and its"
          + " label per row (1/positive/pos, 0/negative/neg or neutral), such as turns QA staff"
          + " labelled. The model refines the lexicon (its score is added at a fixed weight) with"
          + " what the texts' words and characters say.",
      "Use it with callsight sentiment --model, callsight bench sentiment --model, and the"
          + " quality job's quality.sentiment-model.zh and .en settings."
    })
final class SentimentTrainCommand implements Callable<Integer> {
  @Mixin LabelledFileOptions file;

  @Mixin TrainingOptions training;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the model")
  Path out;

  @Option(
      names = "--unlabelled",
      paramLabel = "FILE",
      description =
          "Texts nobody labelled, one per line (UTF-8), such as a month of the centre's turns: the"
              + " first model labels them, and a second trains on the labelled texts plus the"
              + " surest three quarters of each label's. Helps most where they differ from the"
              + " labelled texts")
  Path unlabelled;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Language language = training.language();
    int epochs = training.epochs();
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("cannot write " + out + ": no directory " + dir);
    }
    if (unlabelled != null && !Files.isRegularFile(unlabelled)) {
      throw new IllegalArgumentException("--unlabelled: no such file: " + unlabelled);
    }
    PrintWriter console = spec.commandLine().getOut();
    SentimentBench.DataSet data = file.read();
    console.printf(
        Locale.ROOT,
        "callsight sentiment train: %,d %s texts of %s (column '%s', labels from '%s': %s)%n",
        data.texts().size(),
        language,
        file.labelled,
        data.textColumn(),
        data.labelColumn(),
        Arrays.stream(Label.values())
            .map(
                l ->
                    String.format(
                        Locale.ROOT,
                        "%,d %s",
                        data.texts().stream().filter(e -> e.label() == l).count(),
                        l.code()))
            .collect(Collectors.joining(", ")));
    console.flush();
    long start = System.nanoTime();
    SentimentTrainer.Progress progress =
        new SentimentTrainer.Progress() {
          @Override
          public void epochDone(int epoch, int of, double loss) {
            console.printf(
                Locale.ROOT,
                "  pass %d of %d done after %.0f s (mean weighted loss %.3f)%n",
                epoch,
                of,
                (System.nanoTime() - start) / 1e9,
                loss);
            console.flush();
          }

          @Override
          public void unlabelledLabelled(int texts, int kept) {
            console.printf(
                Locale.ROOT,
                "labelled %,d unlabelled texts of %s with that model; training again with the"
                    + " surest %,d of them%n",
                texts,
                unlabelled,
                kept);
            console.flush();
          }
        };
    SentimentModel model = SentimentTrainer.train(language, data.texts(), epochs, progress);
    if (unlabelled != null) {
      List<String> texts =
          Files.readAllLines(unlabelled, StandardCharsets.UTF_8).stream()
              .filter(line -> !line.isBlank())
              .toList();
      if (texts.isEmpty()) {
        throw new IllegalArgumentException("--unlabelled: " + unlabelled + " has no texts");
      }
      model = SentimentTrainer.selfTrain(model, data.texts(), texts, epochs, progress);
    }
    model.write(out);
    console.printf(
        Locale.ROOT,
        "wrote %s (%,d bytes). Measure it on texts it has not seen: callsight bench sentiment"
            + " --model %s --labelled HELD-OUT.csv%n",
        out,
        Files.size(out),
        out);
    console.flush();
    return 0;
  }
}
