package io.callsight.bench;

import io.callsight.quality.sentiment.Sentiment.Label;
import io.callsight.quality.sentiment.SentimentModel;
import io.callsight.quality.sentiment.SentimentScorer;
import io.callsight.quality.sentiment.SentimentTrainer;
import io.callsight.quality.sentiment.SentimentTrainer.Example;
import io.callsight.quality.text.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well trained sentiment models carry to texts unlike their training: labelled texts of several
 * domains (product categories, lines of business), each domain scored in turn by the lexicon, by a
 * model trained on the domain's texts as the lexicon labels them ({@link
 * SentimentTrainer#lexiconTrained}, no label read), by a model trained on all the other domains,
 * and by that model trained again with the domain's texts unlabelled ({@link
 * SentimentTrainer#selfTrain}). The trainer's settings were chosen on the means over domains
 * (DISCUSSION.md), since one pair of domains is too few to tell.
 */
public final class SentimentDomainsBench {
  /** One domain's labelled texts. */
  public record Domain(String name, List<Example> texts) {}

  private static final SentimentTrainer.Progress QUIET = (epoch, epochs, loss) -> {};

  private SentimentDomainsBench() {}

  /**
   * Reads labelled CSV files into domains: a file with {@code domainColumn} is split by its values;
   * a file without it is one domain, named after the file. Domains named in {@code dropped} are
   * left out.
   *
   * @param domainColumn the column that names each text's domain, or null: one domain per file
   * @throws IllegalArgumentException naming the files when fewer than two domains remain
   */
  public static List<Domain> read(
      List<Path> files,
      String textColumn,
      String labelColumn,
      String domainColumn,
      Set<String> dropped)
      throws IOException {
    Map<String, List<Example>> byName = new LinkedHashMap<>();
    for (Path file : files) {
      SentimentBench.DataSet data =
          SentimentBench.read(file, textColumn, labelColumn, domainColumn);
      String whole = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      for (int i = 0; i < data.texts().size(); i++) {
        String name = data.groups().isEmpty() ? whole : data.groups().get(i);
        if (!dropped.contains(name)) {
          byName.computeIfAbsent(name, n -> new ArrayList<>()).add(data.texts().get(i));
        }
      }
    }
    if (byName.size() < 2) {
      throw new IllegalArgumentException(
          "measuring across domains needs at least two; "
              + files
              + " hold "
              + byName.keySet()
              + (domainColumn == null
                  ? ": give a file per domain, or name the column that tells them apart (--domain)"
                  : " in column '" + domainColumn + "' and by file"));
    }
    List<Domain> domains = new ArrayList<>();
    byName.forEach((name, texts) -> domains.add(new Domain(name, texts)));
    return domains;
  }

  /**
   * Scores each domain with the lexicon, a model trained on the others, and that model self-trained
   * on the domain's texts; prints a row per domain as it is done, then the means.
   */
  public static void run(List<Domain> domains, Language language, int epochs, PrintWriter out) {
    int total = domains.stream().mapToInt(d -> d.texts().size()).sum();
    out.printf(
        Locale.ROOT,
        "callsight bench sentiment-domains: %d domains, %,d %s texts. Each domain is scored by the"
            + " lexicon; by a model trained on the domain's texts as the lexicon labels them"
            + " (lexicon-trained, no label read); by a model trained on the other %d (model); and"
            + " by that model trained again with the domain's texts unlabelled (self-trained)."
            + " Balanced accuracy:%n%n",
        domains.size(),
        total,
        language,
        domains.size() - 1);
    out.printf(
        "%9s %8s %16s %8s %13s  %s%n",
        "texts", "lexicon", "lexicon-trained", "model", "self-trained", "domain");
    out.flush();
    SentimentScorer lexicon = SentimentScorer.forLanguage(language);
    double[] sums = new double[4];
    int[] counted = new int[4];
    List<String> untrained = new ArrayList<>();
    long start = System.nanoTime();
    for (Domain domain : domains) {
      List<Example> others = new ArrayList<>(total);
      domains.stream().filter(d -> d != domain).forEach(d -> others.addAll(d.texts()));
      List<String> texts = domain.texts().stream().map(Example::text).toList();
      SentimentModel model = SentimentTrainer.train(language, others, epochs, QUIET);
      SentimentModel selfTrained = SentimentTrainer.selfTrain(model, others, texts, epochs, QUIET);
      // Neutral examples only where the data set has neutral labels to score them against.
      boolean withNeutral = domain.texts().stream().anyMatch(e -> e.label() == Label.NEUTRAL);
      List<Example> lexiconLabelled =
          SentimentTrainer.lexiconLabelled(language, texts, withNeutral);
      double[] accuracy = {
        balancedAccuracy(lexicon, domain.texts()),
        !SentimentTrainer.canTrainOn(lexiconLabelled)
            ? Double.NaN
            : balancedAccuracy(
                SentimentTrainer.lexiconTrained(language, lexiconLabelled, texts, epochs, QUIET),
                domain.texts()),
        balancedAccuracy(model, domain.texts()),
        balancedAccuracy(selfTrained, domain.texts())
      };
      for (int i = 0; i < sums.length; i++) {
        if (Double.isNaN(accuracy[i])) {
          untrained.add(domain.name());
        } else {
          sums[i] += accuracy[i];
          counted[i]++;
        }
      }
      out.printf(
          Locale.ROOT,
          "%,9d %s %s %s %s  %s  (after %.0f s)%n",
          domain.texts().size(),
          percent(accuracy[0], 8),
          percent(accuracy[1], 16),
          percent(accuracy[2], 8),
          percent(accuracy[3], 13),
          domain.name(),
          (System.nanoTime() - start) / 1e9);
      out.flush();
    }
    out.printf(
        Locale.ROOT,
        "%9s %s %s %s %s  mean of %d domains%n",
        "",
        percent(sums[0] / counted[0], 8),
        percent(sums[1] / counted[1], 16),
        percent(sums[2] / counted[2], 8),
        percent(sums[3] / counted[3], 13),
        domains.size());
    if (!untrained.isEmpty()) {
      out.printf(
          "lexicon-trained: no model for %s, where the lexicon gave fewer than two labels to the"
              + " surest texts; the mean is over the other domains%n",
          untrained);
    }
    out.flush();
  }

  /** "87.5 %" right-aligned in {@code width} characters, or "–" where there is no figure. */
  private static String percent(double share, int width) {
    String text = Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }

  private static double balancedAccuracy(SentimentScorer scorer, List<Example> texts) {
    SentimentConfusion confusion = new SentimentConfusion();
    for (Example e : texts) {
      confusion.add(e.label(), scorer.score(e.text()).label());
    }
    return confusion.balancedAccuracy();
  }
}
