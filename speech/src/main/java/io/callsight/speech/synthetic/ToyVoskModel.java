package io.callsight.speech.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes a tiny Vosk model that the real libvosk loads and runs: every loud stretch of audio (frame
 * log-energy above a threshold) is a word, and the k-th loud stretch of an utterance is the k-th
 * word of the list, cycling. Tone bursts at known times therefore decode to known words with known
 * times (to one 30 ms frame), identically on every run. See ../shared/VOSK-TEST-MODEL.md.
 */
public final class ToyVoskModel {
  private static final int FST_MAGIC = 2125659606;
  private static final int CEPSTRA = 13;

  private final List<String> words;
  private double threshold = 13;
  private double wordPenalty = 5;
  private int sampleRate = 16_000;
  private Duration endpointSilence = Duration.ofSeconds(60);

  private ToyVoskModel(List<String> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a model needs at least one word");
    }
    for (int i = 0; i < words.size(); i++) {
      if (words.indexOf(words.get(i)) != i) {
        // A word table maps each word to one id; a repeated word decodes to nothing.
        throw new IllegalArgumentException(
            "the words of a model must differ: '" + words.get(i) + "' is listed twice");
      }
    }
    this.words = List.copyOf(words);
  }

  /** A model whose loud stretches decode to these words in turn. */
  public static ToyVoskModel of(List<String> words) {
    return new ToyVoskModel(words);
  }

  /** The log-energy (MFCC c0) above which a frame is a word: 13 for clean synthetic audio. */
  public ToyVoskModel threshold(double v) {
    threshold = v;
    return this;
  }

  /** The cost of starting a word, which keeps one loud stretch from splitting into several. */
  public ToyVoskModel wordPenalty(double v) {
    wordPenalty = v;
    return this;
  }

  /** The rate the model's features are computed at, which audio must be resampled to. */
  public ToyVoskModel sampleRate(int v) {
    sampleRate = v;
    return this;
  }

  /**
   * Trailing silence that ends an utterance (and restarts the word list); null keeps Kaldi's
   * default endpoint rules (0.5 to 2 s of silence, utterances of at most 20 s), as real models do.
   */
  public ToyVoskModel endpointSilence(Duration v) {
    endpointSilence = v;
    return this;
  }

  /** Writes the model files into {@code dir} (created if missing) and returns it. */
  public Path writeTo(Path dir) {
    try {
      Files.createDirectories(dir.resolve("conf"));
      Files.createDirectories(dir.resolve("am"));
      Files.createDirectories(dir.resolve("graph/phones"));
      Files.writeString(dir.resolve("conf/model.conf"), modelConf());
      Files.writeString(
          dir.resolve("conf/mfcc.conf"),
          "--sample-frequency="
              + sampleRate
              + "\n--use-energy=true\n--num-ceps="
              + CEPSTRA
              + "\n--dither=0.0\n--allow-upsample=true\n");
      Files.writeString(dir.resolve("am/final.mdl"), acousticModel(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("graph/words.txt"), wordTable(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("graph/phones/word_boundary.int"), wordBoundaries());
      Files.write(dir.resolve("graph/HCLG.fst"), graph());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the toy Vosk model to " + dir, e);
    }
  }

  private String modelConf() {
    StringBuilder c =
        new StringBuilder(
            "--min-active=200\n--max-active=3000\n--beam=10.0\n--lattice-beam=2.0\n"
                + "--acoustic-scale=1.0\n--frame-subsampling-factor=3\n"
                + "--endpoint.silence-phones=1\n");
    if (endpointSilence != null) {
      String s = String.format(Locale.ROOT, "%.3f", endpointSilence.toMillis() / 1000.0);
      for (int rule = 1; rule <= 4; rule++) {
        c.append("--endpoint.rule").append(rule).append(".min-trailing-silence=").append(s);
        c.append('\n');
      }
      c.append("--endpoint.rule5.min-utterance-length=100000\n");
    }
    return c.toString();
  }

  /**
   * A Kaldi text-mode model: a transition model with one two-state topology for every phone (phone
   * 1 is silence, phone 1+k is word k, pdf = phone - 1) and an nnet3 whose output for every word
   * pdf is c0 minus the threshold, and 0 for silence.
   */
  private String acousticModel() {
    int phones = words.size() + 1;
    StringBuilder m = new StringBuilder("<TransitionModel> \n<Topology> \n<TopologyEntry> \n");
    m.append("<ForPhones> \n");
    for (int p = 1; p <= phones; p++) {
      m.append(p).append(' ');
    }
    m.append("\n</ForPhones> \n")
        .append("<State> 0 <PdfClass> 0 <Transition> 0 0.5 <Transition> 1 0.5 </State> \n")
        .append("<State> 1 </State> \n</TopologyEntry> \n</Topology> \n");
    m.append("<Triples> ").append(phones).append(" \n");
    for (int p = 1; p <= phones; p++) {
      m.append(p).append(" 0 ").append(p - 1).append(" \n");
    }
    m.append("</Triples> \n<LogProbs> \n [ 0");
    for (int t = 1; t <= 2 * phones; t++) {
      m.append(" -0.6931472");
    }
    m.append(" ]\n</LogProbs> \n</TransitionModel> \n");
    // The space after <Nnet3> matters: the token reader eats one character, then a line is read.
    m.append("<Nnet3> \n")
        .append("input-node name=input dim=")
        .append(CEPSTRA)
        .append('\n')
        .append("component-node name=affine component=affine input=input\n")
        .append("component-node name=logsm component=logsm input=affine\n")
        .append("output-node name=output input=logsm objective=linear\n\n");
    m.append(
        "<NumComponents> 2 \n<ComponentName> affine <FixedAffineComponent> <LinearParams>  [\n");
    for (int pdf = 0; pdf < phones; pdf++) {
      m.append(' ');
      for (int c = 0; c < CEPSTRA; c++) {
        m.append(pdf > 0 && c == 0 ? "1 " : "0 ");
      }
      m.append(pdf == phones - 1 ? "]\n" : "\n");
    }
    m.append("<BiasParams>  [ 0");
    for (int pdf = 1; pdf < phones; pdf++) {
      m.append(' ').append(String.format(Locale.ROOT, "%.3f", -threshold));
    }
    m.append(" ]\n</FixedAffineComponent> \n")
        .append("<ComponentName> logsm <LogSoftmaxComponent> <Dim> ")
        .append(phones)
        .append(" <ValueAvg>  [ ]\n<DerivAvg>  [ ]\n<Count> 0 </LogSoftmaxComponent> \n")
        .append("</Nnet3> \n<LeftContext> 0 <RightContext> 0 <Priors>  [ ]\n");
    return m.toString();
  }

  private String wordTable() {
    StringBuilder w = new StringBuilder("<eps> 0\n");
    for (int i = 0; i < words.size(); i++) {
      w.append(words.get(i)).append(' ').append(i + 1).append('\n');
    }
    return w.toString();
  }

  private String wordBoundaries() {
    StringBuilder b = new StringBuilder("1 nonword\n");
    for (int p = 2; p <= words.size() + 1; p++) {
      b.append(p).append(" singleton\n");
    }
    return b.toString();
  }

  /**
   * The decoding graph in OpenFst's binary vector format. Hub state i waits for word i: silence
   * loops back to it, and word i (forward transition with the word label, then its self-loop, then
   * an epsilon, as Kaldi's reordered graphs are laid out) leads to hub i+1, cycling.
   */
  private byte[] graph() {
    int n = words.size();
    int states = 3 * n;
    List<List<int[]>> arcs = new ArrayList<>();
    List<List<Float>> weights = new ArrayList<>();
    for (int s = 0; s < states; s++) {
      arcs.add(new ArrayList<>());
      weights.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      int hub = i;
      int silence = n + i;
      int word = 2 * n + i;
      int phone = 2 + i;
      arc(arcs, weights, hub, 2, 0, 0f, silence);
      arc(arcs, weights, silence, 1, 0, 0f, silence);
      arc(arcs, weights, silence, 0, 0, 0f, hub);
      arc(arcs, weights, hub, 2 * phone, i + 1, (float) wordPenalty, word);
      arc(arcs, weights, word, 2 * phone - 1, 0, 0f, word);
      arc(arcs, weights, word, 0, 0, 0f, (i + 1) % n);
    }
    int arcCount = arcs.stream().mapToInt(List::size).sum();
    ByteBuffer b =
        ByteBuffer.allocate(128 + states * 12 + arcCount * 16).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(FST_MAGIC);
    putString(b, "vector");
    putString(b, "standard");
    b.putInt(2).putInt(0).putLong(3).putLong(0).putLong(states).putLong(arcCount);
    for (int s = 0; s < states; s++) {
      b.putFloat(s < n ? 0f : Float.POSITIVE_INFINITY);
      b.putLong(arcs.get(s).size());
      for (int a = 0; a < arcs.get(s).size(); a++) {
        int[] arc = arcs.get(s).get(a);
        b.putInt(arc[0]).putInt(arc[1]).putFloat(weights.get(s).get(a)).putInt(arc[2]);
      }
    }
    return Arrays.copyOf(b.array(), b.position());
  }

  private static void arc(
      List<List<int[]>> arcs,
      List<List<Float>> weights,
      int from,
      int transitionId,
      int wordId,
      float weight,
      int to) {
    arcs.get(from).add(new int[] {transitionId, wordId, to});
    weights.get(from).add(weight);
  }

  private static void putString(ByteBuffer b, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
    b.putInt(bytes.length).put(bytes);
  }
}
