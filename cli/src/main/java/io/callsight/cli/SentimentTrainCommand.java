package io.callsight.cli;

import io.callsight.bench.SentimentBench;
import io.callsight.quality.sentiment.Sentiment.Label;
import io.callsight.quality.sentiment.SentimentModel;
import io.callsight.quality.sentiment.SentimentTrainer;
import io.callsight.quality.sentiment.SentimentTrainer.Example;
import io.callsight.quality.text.Language;
import io.callsight.schemas.RedactedTurn;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Topic;
import java.io.IOException;
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

/** {@code callsight sentiment train}: a sentiment model from labelled or unlabelled texts. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a sentiment model on labelled texts: a CSV file with a header row, one text and its"
          + " label per row (1/positive/pos, 0/negative/neg or neutral), such as turns QA staff"
          + " labelled. The model refines the lexicon (its score is added at a fixed weight) with"
          + " what the texts' words and characters say.",
      "Without labelled texts, --unlabelled alone: the lexicon labels those texts and the model"
          + " learns from the surest three quarters of each label's, so it learns the centre's"
          + " words that go with the lexicon's. --kafka reads those texts from the calls scored"
          + " so far: the customers' turns on transcript-turns.",
      "Use it with callsight sentiment --model, callsight bench sentiment --model, and the"
          + " quality job's quality.sentiment-model.zh and .en settings."
    })
final class SentimentTrainCommand implements Callable<Integer> {
  @Option(names = "--labelled", paramLabel = "FILE", description = "The labelled CSV file (UTF-8)")
  Path labelled;

  @Mixin LabelledColumns columns;

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
          "Texts nobody labelled, one per line (UTF-8), such as a month of the centre's turns."
              + " With --labelled: the first model labels them, and a second trains on the"
              + " labelled texts plus the surest three quarters of each label's. Alone: the"
              + " lexicon labels them")
  Path unlabelled;

  @Option(
      names = "--kafka",
      paramLabel = "HOST:PORT",
      description =
          "Instead of --unlabelled FILE: the customers' turns of the calls scored so far, as the"
              + " quality job stored them on transcript-turns (redacted), in --lang. Run it every"
              + " night or week and point the quality job at the model, so it learns the"
              + " centre's own words without anybody labelling a turn")
  String kafka;

  @Option(
      names = "--opinions",
      description =
          "Only with --unlabelled alone: the texts all give an opinion (reviews, survey"
              + " comments), so the ones the lexicon calls neutral are left out and the model has"
              + " two labels; that model then labels all the texts itself and a second one trains"
              + " on the surest three quarters of each label's. Default: they are neutral"
              + " examples, as call turns need, and one model is trained")
  boolean opinions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Language language = training.language();
    int epochs = training.epochs();
    if (unlabelled != null && kafka != null) {
      throw new IllegalArgumentException(
          "--unlabelled and --kafka both name texts to learn from: give one of them");
    }
    if (labelled == null && unlabelled == null && kafka == null) {
      throw new IllegalArgumentException(
          "nothing to train on: give --labelled FILE, --unlabelled FILE (or --kafka HOST:PORT)"
              + " or both");
    }
    if (opinions && labelled != null) {
      throw new IllegalArgumentException(
          "--opinions is for --unlabelled alone; with --labelled the labels come from the file");
    }
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("cannot write " + out + ": no directory " + dir);
    }
    PrintWriter console = spec.commandLine().getOut();
    String source = kafka != null ? "transcript-turns at " + kafka : String.valueOf(unlabelled);
    List<String> texts =
        kafka != null
            ? customerTurns(language, console)
            : unlabelled == null ? List.of() : unlabelledTexts();
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
          public void unlabelledLabelled(int count, int kept) {
            console.printf(
                Locale.ROOT,
                "labelled %,d unlabelled texts of %s with that model; training again with the"
                    + " surest %,d of them%n",
                count,
                source,
                kept);
            console.flush();
          }
        };
    SentimentModel model;
    if (labelled == null) {
      List<Example> examples = SentimentTrainer.lexiconLabelled(language, texts, !opinions);
      console.printf(
          Locale.ROOT,
          "callsight sentiment train: the lexicon labelled %,d %s texts of %s; training on the"
              + " surest of each label's: %s%n",
          texts.size(),
          language,
          source,
          counts(examples));
      console.flush();
      if (!SentimentTrainer.canTrainOn(examples)) {
        throw new IllegalArgumentException(
            "the lexicon gave "
                + source
                + " fewer than two kinds of label ("
                + counts(examples)
                + "), too few to learn from: give more texts, or labelled ones with --labelled");
      }
      model = SentimentTrainer.lexiconTrained(language, examples, texts, epochs, progress);
    } else {
      SentimentBench.DataSet data = SentimentBench.read(labelled, columns.text, columns.label);
      console.printf(
          Locale.ROOT,
          "callsight sentiment train: %,d %s texts of %s (column '%s', labels from '%s': %s)%n",
          data.texts().size(),
          language,
          labelled,
          data.textColumn(),
          data.labelColumn(),
          counts(data.texts()));
      console.flush();
      model = SentimentTrainer.train(language, data.texts(), epochs, progress);
      if (!texts.isEmpty()) {
        model = SentimentTrainer.selfTrain(model, data.texts(), texts, epochs, progress);
      }
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

  /** The customers' turns in {@code language} stored on transcript-turns, as they stand now. */
  private List<String> customerTurns(Language language, PrintWriter console) {
    console.printf(
        Locale.ROOT, "callsight sentiment train: reading transcript-turns at %s ...%n", kafka);
    console.flush();
    TopicSnapshot.Read<RedactedTurn> read =
        TopicSnapshot.read(kafka, Topic.TRANSCRIPT_TURNS, RedactedTurn.class);
    List<String> texts =
        read.records().stream()
            .filter(t -> t.speaker() == Speaker.CUSTOMER)
            .filter(t -> Language.of(t.language()) == language)
            .map(RedactedTurn::text)
            .filter(text -> !text.isBlank())
            .toList();
    console.printf(
        Locale.ROOT,
        "callsight sentiment train: %,d turns read (%,d could not be read), %,d of them"
            + " customers' in %s%n",
        read.records().size(),
        read.unreadable(),
        texts.size(),
        language);
    console.flush();
    if (texts.isEmpty()) {
      throw new IllegalArgumentException(
          "no customer turns in "
              + language
              + " on transcript-turns at "
              + kafka
              + ": the quality job writes them as it scores calls (callsight quality-job), or"
              + " give --unlabelled FILE");
    }
    return texts;
  }

  private List<String> unlabelledTexts() throws IOException {
    if (!Files.isRegularFile(unlabelled)) {
      throw new IllegalArgumentException("--unlabelled: no such file: " + unlabelled);
    }
    List<String> texts =
        Files.readAllLines(unlabelled, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank())
            .toList();
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("--unlabelled: " + unlabelled + " has no texts");
    }
    return texts;
  }

  /** How many examples each label has: "3 positive, 0 neutral, 2 negative". */
  private static String counts(List<Example> examples) {
    return Arrays.stream(Label.values())
        .map(
            l ->
                String.format(
                    Locale.ROOT,
                    "%,d %s",
                    examples.stream().filter(e -> e.label() == l).count(),
                    l.code()))
        .collect(Collectors.joining(", "));
  }
}
