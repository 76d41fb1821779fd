package io.callsight.speech.vosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Vosk model folder, checked before libvosk sees it: libvosk only says "Failed to create a
 * model", so a missing file is named here, with where to get a model.
 *
 * @param sampleRate the rate the model's features are computed at (its mfcc.conf), which audio is
 *     resampled to
 * @param id the model's name: its folder name, e.g. vosk-model-small-cn-0.22
 */
public record ModelFolder(Path path, int sampleRate, String id) {
  public static final String WHERE_TO_GET =
      "download a model from https://alphacephei.com/vosk/models (vosk-model-small-cn-0.22 for"
          + " Chinese, vosk-model-small-en-us-0.15 for English), unpack it and point the model"
          + " option at the unpacked folder";

  private static final List<String> REQUIRED =
      List.of(
          "am/final.mdl",
          "conf/model.conf",
          "conf/mfcc.conf",
          "graph/words.txt",
          "graph/phones/word_boundary.int");

  private static final Pattern SAMPLE_FREQUENCY =
      Pattern.compile("^\\s*--sample-frequency\\s*=\\s*(\\d+)", Pattern.MULTILINE);

  private static final int DEFAULT_RATE = 16_000;

  private static final String OFFICIAL_PREFIX = "vosk-model-";

  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  /**
   * Checks the folder has every file libvosk needs.
   *
   * @throws IllegalStateException naming the folder, the missing file and where to get a model
   */
  public static ModelFolder check(Path path) {
    Path dir = path.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "the Vosk model folder " + dir + " does not exist: " + WHERE_TO_GET);
    }
    List<String> missing = new ArrayList<>();
    for (String file : REQUIRED) {
      if (!Files.isRegularFile(dir.resolve(file))) {
        missing.add(file);
      }
    }
    boolean fullGraph = Files.isRegularFile(dir.resolve("graph/HCLG.fst"));
    boolean lookaheadGraph =
        Files.isRegularFile(dir.resolve("graph/HCLr.fst"))
            && Files.isRegularFile(dir.resolve("graph/Gr.fst"));
    if (!fullGraph && !lookaheadGraph) {
      missing.add("graph/HCLG.fst (or graph/HCLr.fst with graph/Gr.fst)");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "the Vosk model folder "
              + dir
              + " is incomplete: missing "
              + String.join(", ", missing)
              + nestedModelHint(dir)
              + ". To fix it, "
              + WHERE_TO_GET);
    }
    return new ModelFolder(dir, sampleRate(dir), dir.getFileName().toString());
  }

  /**
   * The language an official model's name gives (vosk-model-small-cn-0.22 gives zh,
   * vosk-model-small-en-us-0.15 gives en), or null for any other name.
   */
  public String languageFromName() {
    String name = id.toLowerCase(Locale.ROOT);
    if (!name.startsWith(OFFICIAL_PREFIX)) {
      return null;
    }
    for (String part : name.substring(OFFICIAL_PREFIX.length()).split("[-_.]")) {
      if (part.equals("cn")) {
        return "zh";
      }
      if (part.length() == 2 && ISO_LANGUAGES.contains(part)) {
        return part;
      }
    }
    return null;
  }

  private static int sampleRate(Path dir) {
    try {
      Matcher m = SAMPLE_FREQUENCY.matcher(Files.readString(dir.resolve("conf/mfcc.conf")));
      return m.find() ? Integer.parseInt(m.group(1)) : DEFAULT_RATE;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve("conf/mfcc.conf"), e);
    }
  }

  /** A folder that holds the model one level down is the usual mistake after unpacking. */
  private static String nestedModelHint(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(c -> Files.isRegularFile(c.resolve("am/final.mdl")))
          .findFirst()
          .map(c -> " (" + c + " looks like a model: did you mean that folder?)")
          .orElse("");
    } catch (IOException e) {
      return "";
    }
  }
}
