package io.callsight.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.callsight.quality.TranscriptText;
import io.callsight.quality.sentiment.Sentiment.Label;
import io.callsight.quality.sentiment.SentimentModel;
import io.callsight.quality.sentiment.SentimentScorer;
import io.callsight.quality.sentiment.SentimentTrainer.Example;
import io.callsight.quality.text.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sentiment scorer, the shipped lexicon or a trained model, measured on a labelled CSV file with
 * a header row, such as the public ChnSentiCorp reviews ({@code label,review}, 1 or 0) or MELD's
 * dialogue turns ({@code Utterance} and {@code Sentiment}: positive, neutral or negative). The same
 * files train a model ({@code callsight sentiment train}).
 */
public final class SentimentBench {
  /** Text columns tried in order when none is named: ChnSentiCorp's, MELD's, a plain one. */
  static final List<String> TEXT_COLUMNS = List.of("review", "Utterance", "text");

  /** Label columns tried in order when none is named: ChnSentiCorp's, MELD's. */
  static final List<String> LABEL_COLUMNS = List.of("label", "Sentiment");

  private static final String LABELS = "1/positive/pos, 0/negative/neg or neutral";

  /**
   * The texts of a file and how many rows had no text to score; with a group column read, each
   * text's value there ({@code groups}, in the order of {@code texts}), else an empty list.
   */
  public record DataSet(
      String textColumn, String labelColumn, List<Example> texts, int empty, List<String> groups) {}

  private SentimentBench() {}

  /**
   * Scores every text of {@code file} and prints recalls, balanced accuracy, the confusion matrix
   * and the speed.
   *
   * @param textColumn the text column, or null for the first of {@link #TEXT_COLUMNS} there is
   * @param labelColumn the label column, or null for the first of {@link #LABEL_COLUMNS} there is
   * @param language the texts' language, or null to guess each text's own as quality scoring does
   * @param model a trained model to measure instead of the lexicon, or null; its language is the
   *     texts'
   * @throws IllegalArgumentException naming the file (and line) when it cannot be measured
   */
  public static void run(
      Path file,
      String textColumn,
      String labelColumn,
      Language language,
      SentimentModel model,
      PrintWriter out)
      throws IOException {
    if (model != null) {
      model.requireLanguage(language);
    }
    Language fixed = model != null ? model.language() : language;
    DataSet data = read(file, textColumn, labelColumn);
    out.printf(
        "callsight bench sentiment: scoring column '%s' of %s against column '%s' with %s, %s%n",
        data.textColumn(),
        file,
        data.labelColumn(),
        model != null ? "the trained model" : "the lexicon",
        fixed == null ? "each text's language guessed" : "language " + fixed);
    out.flush();

    SentimentConfusion confusion = new SentimentConfusion();
    Map<Language, Integer> languages = new EnumMap<>(Language.class);
    long start = System.nanoTime();
    for (Example t : data.texts()) {
      Language l = fixed != null ? fixed : TranscriptText.guessLanguage(t.text());
      languages.merge(l, 1, Integer::sum);
      SentimentScorer scorer = model != null ? model : SentimentScorer.forLanguage(l);
      confusion.add(t.label(), scorer.score(t.text()).label());
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    report(confusion, out);
    out.printf(
        Locale.ROOT,
        "%nspeed: %,.0f texts/s (%,d texts in %.2f s on one thread, reading the file excluded,"
            + " the JIT's warm-up included)%n",
        data.texts().size() / seconds,
        data.texts().size(),
        seconds);
    if (fixed == null) {
      out.println(
          "languages guessed (Chinese if a text has Han characters): "
              + languages.entrySet().stream()
                  .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                  .collect(Collectors.joining(", "))
              + "; set --lang if that is wrong");
    }
    if (data.empty() > 0) {
      out.printf(
          "left out %,d %s with an empty text%n", data.empty(), data.empty() == 1 ? "row" : "rows");
    }
    out.flush();
  }

  /** Prints the counts: texts, recalls, balanced accuracy, then the confusion matrix. */
  static void report(SentimentConfusion c, PrintWriter out) {
    List<Label> present = c.labelsPresent();
    out.printf(
        Locale.ROOT,
        "%,d texts: %s%n",
        c.texts(),
        present.stream()
            .map(l -> String.format(Locale.ROOT, "%,d %s", c.labelled(l), l.code()))
            .collect(Collectors.joining(", ")));
    out.println();
    for (Label l : present) {
      out.printf(
          Locale.ROOT,
          "recall %-9s %5.1f %%  (%,d of %,d)%n",
          l.code(),
          100 * c.recall(l),
          c.count(l, l),
          c.labelled(l));
    }
    out.printf(
        Locale.ROOT,
        "balanced accuracy %.1f %%  (mean recall over the %d labels the data set uses)%n",
        100 * c.balancedAccuracy(),
        present.size());
    if (present.size() == 3) {
      // Whether a goal means two labels or three is often unsaid: both from one run.
      out.printf(
          Locale.ROOT,
          "  with two labels %.1f %%  (the %,d neutral texts left out, those the scorer called"
              + " neutral counting as wrong)%n",
          100 * c.polarAccuracy(),
          c.labelled(Label.NEUTRAL));
    }
    if (!present.contains(Label.NEUTRAL)) {
      out.printf(
          Locale.ROOT,
          "  the data set has no neutral label: the %,d texts the scorer called neutral count as"
              + " wrong%n",
          present.stream().mapToLong(l -> c.count(l, Label.NEUTRAL)).sum());
    }
    out.println();
    out.println("confusion matrix (rows: label, columns: predicted)");
    out.printf("  %-9s", "");
    for (Label p : Label.values()) {
      out.printf(" %9s", p.code());
    }
    out.println();
    for (Label l : present) {
      out.printf("  %-9s", l.code());
      for (Label p : Label.values()) {
        out.printf(Locale.ROOT, " %,9d", c.count(l, p));
      }
      out.println();
    }
  }

  /**
   * Reads the labelled texts; rows with an empty text are counted, not kept.
   *
   * @param textColumn the text column, or null for the first of {@link #TEXT_COLUMNS} there is
   * @param labelColumn the label column, or null for the first of {@link #LABEL_COLUMNS} there is
   * @throws IllegalArgumentException naming the file (and line) when it cannot be read
   */
  public static DataSet read(Path file, String textColumn, String labelColumn) throws IOException {
    return read(file, textColumn, labelColumn, null);
  }

  /**
   * Reads the labelled texts and, if the file has {@code groupColumn} (a domain, a product
   * category), each text's value in it.
   */
  public static DataSet read(Path file, String textColumn, String labelColumn, String groupColumn)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    CsvMapper csv =
        CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(reader)) {
      if (!rows.hasNextValue()) {
        throw new IllegalArgumentException(file + " is empty: expected a header row");
      }
      // A byte order mark (Excel's UTF-8 export) would stick to the first column's name.
      List<String> header =
          Arrays.stream(rows.nextValue()).map(h -> h.replace("\uFEFF", "").strip()).toList();
      int text = column(file, header, textColumn, TEXT_COLUMNS, "--text");
      int label = column(file, header, labelColumn, LABEL_COLUMNS, "--label");
      int group = groupColumn == null ? -1 : indexOf(header, groupColumn);
      List<Example> texts = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      int empty = 0;
      while (true) {
        // Where the row starts: a quoted text may run over several lines.
        long line = rows.getParser().currentLocation().getLineNr();
        if (!rows.hasNextValue()) {
          break;
        }
        String[] row = rows.nextValue();
        if (row.length <= Math.max(Math.max(text, label), group)) {
          throw new IllegalArgumentException(
              String.format(
                  "%s line %d: %d columns, but the header has %d",
                  file, line, row.length, header.size()));
        }
        Label l = label(row[label]);
        if (l == null) {
          throw new IllegalArgumentException(
              String.format(
                  "%s line %d: label '%s' in column '%s' is not %s; name the label column with"
                      + " --label",
                  file, line, row[label], header.get(label), LABELS));
        }
        if (row[text].isBlank()) {
          empty++;
        } else {
          texts.add(new Example(row[text], l));
          if (group >= 0) {
            groups.add(row[group].strip());
          }
        }
      }
      if (texts.isEmpty()) {
        throw new IllegalArgumentException(file + " has no labelled texts below its header");
      }
      return new DataSet(header.get(text), header.get(label), texts, empty, groups);
    } catch (MalformedInputException e) {
      throw new IllegalArgumentException(file + " is not UTF-8 text: convert it first (iconv)");
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(
          file + " is not a readable CSV file: " + e.getOriginalMessage(), e);
    }
  }

  /** The index of the named column, or of the first default there is (ignoring case). */
  private static int column(
      Path file, List<String> header, String named, List<String> defaults, String option) {
    for (String wanted : named != null ? List.of(named) : defaults) {
      int i = indexOf(header, wanted);
      if (i >= 0) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            "%s has no column %s; its columns are %s: name the right one with %s",
            file, named != null ? "'" + named + "'" : "named any of " + defaults, header, option));
  }

  /** The index of a column (ignoring case), or -1. */
  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** 1/positive/pos, 0/negative/neg or neutral, in any case; null for anything else. */
  static Label label(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "1", "positive", "pos" -> Label.POSITIVE;
      case "0", "negative", "neg" -> Label.NEGATIVE;
      case "neutral" -> Label.NEUTRAL;
      default -> null;
    };
  }
}
