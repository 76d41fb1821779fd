package io.callsight.cli;

import io.callsight.bench.MathsBench;
import io.callsight.bench.PipelineBench;
import io.callsight.bench.QualityBench;
import io.callsight.bench.QualityJobBench;
import io.callsight.bench.SentimentBench;
import io.callsight.bench.SentimentDomainsBench;
import io.callsight.bench.SpeechBench;
import io.callsight.quality.sentiment.SentimentModel;
import io.callsight.quality.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code callsight bench}: the benchmarks the README's performance figures come from. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures CallSight on this machine.",
    subcommands = {
      BenchCommand.Maths.class,
      BenchCommand.Pipeline.class,
      BenchCommand.Quality.class,
      BenchCommand.QualityJob.class,
      BenchCommand.Sentiment.class,
      BenchCommand.SentimentDomains.class,
      BenchCommand.Speech.class
    })
final class BenchCommand {
  /** A JMH benchmark run from the command line, with a quick mode. */
  abstract static class JmhCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "Fewer, shorter iterations (about a minute)")
    boolean quick;

    @Spec CommandSpec spec;

    abstract void run(boolean quick, java.io.PrintWriter out) throws Exception;

    @Override
    public Integer call() throws Exception {
      run(quick, spec.commandLine().getOut());
      return 0;
    }
  }

  @Command(
      name = "maths",
      mixinStandardHelpOptions = true,
      description =
          "JMH benchmarks of the KPI maths (call tracking, interval stats, agent"
              + " timelines, Erlang C), per event on one core.")
  static final class Maths extends JmhCommand {
    @Override
    void run(boolean quick, java.io.PrintWriter out) throws Exception {
      MathsBench.run(quick, out);
    }
  }

  @Command(
      name = "quality",
      mixinStandardHelpOptions = true,
      description =
          "JMH benchmark of quality scoring: calls scored per second on one core for a"
              + " ten-minute call (zh-CN and en-US): redaction, matching, every rule, sentiment.")
  static final class Quality extends JmhCommand {
    @Option(
        names = "--sentiment-model",
        paramLabel = "FILE",
        description =
            "Score turns' sentiment with this trained model (only its language's call runs)")
    Path sentimentModel;

    @Override
    void run(boolean quick, java.io.PrintWriter out) throws Exception {
      QualityBench.run(quick, sentimentModel, out);
    }
  }

  @Command(
      name = "quality-job",
      mixinStandardHelpOptions = true,
      description = {
        "The quality job's throughput on a Flink MiniCluster in this JVM at parallelism 1: the"
            + " ten-minute call of bench quality under N call ids, each with its switch events, joined"
            + " and scored with the job's state and checkpoints; outputs counted and discarded.",
        "Prints calls per second and per CPU-second of the whole process, after a warm-up run."
      })
  static final class QualityJob implements Callable<Integer> {
    @Option(
        names = "--calls",
        paramLabel = "N",
        defaultValue = "3000",
        description = "Calls per run. Default: ${DEFAULT-VALUE}")
    int calls;

    @Option(
        names = "--lang",
        paramLabel = "zh-CN|en-US",
        description = "The calls' language. Default: zh-CN, then en-US")
    String lang;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      QualityJobBench bench = new QualityJobBench(spec.commandLine().getOut());
      for (Language language :
          lang == null ? Language.values() : new Language[] {Language.of(lang)}) {
        bench.measure(language, calls);
      }
      return 0;
    }
  }

  @Command(
      name = "sentiment",
      mixinStandardHelpOptions = true,
      description = {
        "The sentiment scorer on a labelled data set: a CSV file with a header row, one text and"
            + " its label per row (1/positive/pos, 0/negative/neg or neutral). Prints per-label"
            + " recall, balanced accuracy, the confusion matrix and texts per second.",
        "Reads ChnSentiCorp (label,review) and MELD (Utterance, Sentiment) as they are; the README"
            + " says where to get them."
      })
  static final class Sentiment implements Callable<Integer> {
    @Mixin LabelledFileOptions file;

    @Option(
        names = "--lang",
        paramLabel = "zh-CN|en-US",
        description =
            "The texts' language. Default: each text's own (Chinese if it has Han characters)")
    String lang;

    @Option(
        names = "--model",
        paramLabel = "FILE",
        description =
            "Measure this trained model (callsight sentiment train) instead of the lexicon")
    Path model;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      SentimentBench.run(
          file.labelled,
          file.columns.text,
          file.columns.label,
          lang == null ? null : Language.of(lang),
          model == null ? null : SentimentModel.read(model),
          spec.commandLine().getOut());
      return 0;
    }
  }

  @Command(
      name = "sentiment-domains",
      mixinStandardHelpOptions = true,
      description = {
        "How trained sentiment models carry to texts unlike their training: labelled texts of"
            + " several domains (product categories, lines of business), each domain scored in"
            + " turn by the lexicon, by a model trained on the domain's texts as the lexicon"
            + " labels them (no label read), by a model trained on the others, and by that model"
            + " trained again with the domain's texts unlabelled (callsight sentiment train"
            + " --unlabelled).",
        "A file with the --domain column is split by it; a file without it is one domain."
      })
  static final class SentimentDomains implements Callable<Integer> {
    @Option(
        names = "--labelled",
        required = true,
        paramLabel = "FILE",
        description = "A labelled CSV file (UTF-8); give it once per file")
    List<Path> labelled;

    @Option(
        names = "--domain",
        paramLabel = "COLUMN",
        description = "The column that names each text's domain. Default: one domain per file")
    String domain;

    @Option(
        names = "--drop",
        paramLabel = "DOMAIN",
        description = "Leave this domain out (say, one kept for a held-out test); repeatable")
    Set<String> drop = Set.of();

    @Mixin LabelledColumns columns;

    @Mixin TrainingOptions training;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      SentimentDomainsBench.run(
          SentimentDomainsBench.read(labelled, columns.text, columns.label, domain, drop),
          training.language(),
          training.epochs(),
          spec.commandLine().getOut());
      return 0;
    }
  }

  @Command(
      name = "pipeline",
      mixinStandardHelpOptions = true,
      description = {
        "simulator -> Kafka -> KPI job -> Kafka on this machine, broker and Flink in this JVM.",
        "throughput: loads a backlog of simulated events, then times the job draining it.",
        "latency: feeds the live job in real time and measures event -> committed wall-board"
            + " snapshot latency."
      })
  static final class Pipeline implements Callable<Integer> {
    @Option(
        names = "--events",
        defaultValue = "3000000",
        description = "Backlog size for the" + " throughput run. Default: ${DEFAULT-VALUE}")
    long events;

    @Option(
        names = "--latency-for",
        defaultValue = "PT60S",
        description = "How long the latency" + " run feeds the job. Default: ${DEFAULT-VALUE}")
    Duration latencyFor;

    @Option(
        names = "--speed",
        defaultValue = "4",
        description =
            "Real-time speed-up of the"
                + " large profile for the latency run (4 gives about 5,000 events/s at its peak)."
                + " Default: ${DEFAULT-VALUE}")
    double speed;

    @Option(
        names = "--parallelism",
        description = "Job parallelism. Default: the KPI job's, one per two cores of this machine")
    Integer parallelism;

    @Option(
        names = "--profile",
        defaultValue = "large",
        description = "Simulator profile." + " Default: ${DEFAULT-VALUE}")
    String profile;

    @Option(
        names = "--only",
        description =
            "throughput, latency, or baseline (a decode-and-discard job for comparison);"
                + " default: throughput and latency")
    String only;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PipelineBench bench = new PipelineBench(spec.commandLine().getOut());
      int parallelism =
          this.parallelism != null
              ? this.parallelism
              : io.callsight.jobs.kpi.KpiOptions.KPI_PARALLELISM.defaultValue();
      if ("baseline".equals(only)) {
        bench.baseline(profile, events, parallelism);
      }
      if (only == null || only.equals("throughput")) {
        bench.throughput(profile, events, parallelism);
      }
      if (only == null || only.equals("latency")) {
        bench.latency(profile, latencyFor, speed, parallelism);
      }
      return 0;
    }
  }

  @Command(
      name = "speech",
      mixinStandardHelpOptions = true,
      description = {
        "The speech stage on a generated stereo 8 kHz A-law call: decode + resample + conversation"
            + " measures as a fraction of the call's length, and transcription throughput with 1"
            + " and 2 recogniser threads on one shared model.",
        "Without --model it uses the toy Vosk model the tests use (libvosk's own cost, not a real"
            + " acoustic model's)."
      })
  static final class Speech implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "DIR", description = "A real Vosk model folder")
    Path model;

    @Option(
        names = "--minutes",
        defaultValue = "10",
        description = "Length of the call. Default: ${DEFAULT-VALUE}")
    int minutes;

    @Option(
        names = "--rounds",
        defaultValue = "5",
        description = "Timed rounds of each measurement. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      new SpeechBench(spec.commandLine().getOut()).run(model, minutes, rounds);
      return 0;
    }
  }
}
