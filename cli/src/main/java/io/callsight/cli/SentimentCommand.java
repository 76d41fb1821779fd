package io.callsight.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callsight.quality.TranscriptText;
import io.callsight.quality.sentiment.Sentiment;
import io.callsight.quality.sentiment.SentimentModel;
import io.callsight.quality.sentiment.SentimentScorer;
import io.callsight.quality.text.Language;
import io.callsight.schemas.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code callsight sentiment}: one text per line in, one score per line out. */
@Command(
    name = "sentiment",
    mixinStandardHelpOptions = true,
    subcommands = SentimentTrainCommand.class,
    description = {
      "Reads one text per line on standard input and prints one JSON line per text: score in"
          + " [-1, 1] and label (positive, neutral or negative) — the scorer quality scoring"
          + " uses for every customer turn (--agent: for every agent turn).",
      "With --model, a model trained on labelled texts (callsight sentiment train) scores"
          + " instead of the lexicon."
    })
final class SentimentCommand implements Callable<Integer> {
  @Option(
      names = "--lang",
      paramLabel = "zh-CN|en-US",
      description =
          "The texts' language. Default: each line's own (Chinese if it has Han characters)")
  String lang;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Read this file instead of standard input")
  Path file;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Score with this trained model; the texts are in its language")
  Path model;

  @Option(
      names = "--agent",
      description =
          "Score each line as an agent's turn, as quality scoring does: complaints told as facts"
              + " (said back, recorded, passed on) do not count")
  boolean agent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SentimentModel trained = model == null ? null : SentimentModel.read(model);
    Language fixed = lang == null ? null : Language.of(lang);
    if (trained != null) {
      trained.requireLanguage(fixed);
    }
    if (file != null && !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (BufferedReader in =
        file != null
            ? Files.newBufferedReader(file, StandardCharsets.UTF_8)
            : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        SentimentScorer scorer =
            trained != null
                ? trained
                : SentimentScorer.forLanguage(
                    fixed != null ? fixed : TranscriptText.guessLanguage(line));
        Sentiment s = agent ? scorer.scoreAgent(line) : scorer.score(line);
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("score", Math.round(s.score() * 1000) / 1000.0);
        json.put("label", s.label().code());
        out.println(Json.mapper().writeValueAsString(json));
      }
    }
    out.flush();
    return 0;
  }
}
