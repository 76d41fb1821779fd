package io.callsight.speech;

import io.callsight.common.Option;
import io.callsight.speech.measures.MeasureSettings;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything transcription can be told, typed and checked once at start-up: the model, its
 * language, the recogniser pool, turn taking and the conversation-measure thresholds.
 *
 * @param modelDir the Vosk model folder
 * @param language BCP 47 language of the model; taken from the folder name when not given
 * @param recognizers recognisers on the shared model, i.e. recordings transcribed at once
 * @param turnGap a speaker's pause longer than this starts a new turn
 * @param noWordsAfter a recording with this much talk and not one recognised word is an error (a
 *     model for another language or rate), not an empty transcript
 */
public record SpeechOptions(
    String modelDir,
    String language,
    int recognizers,
    Duration turnGap,
    Duration noWordsAfter,
    MeasureSettings measures)
    implements Serializable {

  public static final Option<String> MODEL =
      Option.text(
          "speech.model",
          "",
          "The Vosk model folder, e.g. vosk-model-small-cn-0.22 unpacked (required)");
  public static final Option<String> LANGUAGE =
      Option.text(
          "speech.language",
          "",
          "Language of the model (zh, en); empty: taken from the model folder's name");
  public static final Option<Integer> RECOGNIZERS =
      Option.integer(
          "speech.recognizers",
          2,
          1,
          "Recognisers sharing the one loaded model in each job instance: recordings transcribed"
              + " at once");
  public static final Option<Duration> TURN_GAP =
      Option.duration(
          "speech.turn-gap",
          Duration.ofMillis(1500),
          "A speaker's pause longer than this starts a new turn (so does the other party talking"
              + " in the pause)");
  public static final Option<Duration> NO_WORDS_AFTER =
      Option.duration(
          "speech.no-words-after",
          Duration.ofSeconds(5),
          "A recording with this much talk and no recognised word is an error (wrong language"
              + " or sample rate), not an empty transcript");
  public static final Option<Double> TALK_THRESHOLD =
      new Option<>(
          "speech.talk-threshold",
          MeasureSettings.DEFAULTS.talkThresholdDbfs(),
          "A 10 ms frame this loud or louder (RMS, dBFS) is talk",
          SpeechOptions::parseDbfs);
  public static final Option<Duration> MIN_TALK =
      Option.duration(
          "speech.min-talk",
          MeasureSettings.DEFAULTS.minTalk(),
          "Talk shorter than this (a click, a cough) is not talk");
  public static final Option<Duration> BRIDGE =
      Option.duration(
          "speech.bridge",
          MeasureSettings.DEFAULTS.bridge(),
          "Pauses shorter than this inside talk stay talk");
  public static final Option<Duration> MIN_SILENCE =
      Option.duration(
          "speech.min-silence",
          MeasureSettings.DEFAULTS.minSilence(),
          "Silences (nobody talking) at least this long are counted");
  public static final Option<Duration> MIN_OVERLAP =
      Option.duration(
          "speech.min-overlap",
          MeasureSettings.DEFAULTS.minOverlap(),
          "Talking over the other party at least this long is an interruption; shorter is"
              + " backchannel");

  /** Every option, for help texts, the README and refusing unknown keys. */
  public static final List<Option<?>> ALL =
      List.of(
          MODEL,
          LANGUAGE,
          RECOGNIZERS,
          TURN_GAP,
          NO_WORDS_AFTER,
          TALK_THRESHOLD,
          MIN_TALK,
          BRIDGE,
          MIN_SILENCE,
          MIN_OVERLAP);

  public SpeechOptions {
    if (modelDir == null || modelDir.isBlank()) {
      throw new IllegalArgumentException(
          "no Vosk model: set " + MODEL.key() + " (--model) to a model folder");
    }
    if (recognizers < 1) {
      throw new IllegalArgumentException("at least one recogniser is needed, was " + recognizers);
    }
  }

  /**
   * Reads the options; {@code origin} names where they came from in every error. Keys of other
   * components are left to them.
   */
  public static SpeechOptions from(Map<String, String> values, String origin) {
    String model = MODEL.from(values, origin);
    if (model.isBlank()) {
      throw new IllegalArgumentException(
          origin + ": option " + MODEL.key() + " is required: the Vosk model folder");
    }
    String language = LANGUAGE.from(values, origin);
    return new SpeechOptions(
        model,
        language.isBlank() ? null : language,
        RECOGNIZERS.from(values, origin),
        TURN_GAP.from(values, origin),
        NO_WORDS_AFTER.from(values, origin),
        new MeasureSettings(
            TALK_THRESHOLD.from(values, origin),
            MIN_TALK.from(values, origin),
            BRIDGE.from(values, origin),
            MIN_SILENCE.from(values, origin),
            MIN_OVERLAP.from(values, origin)));
  }

  /** The defaults with this model folder. */
  public static SpeechOptions forModel(Path modelDir) {
    return from(Map.of(MODEL.key(), modelDir.toString()), "defaults");
  }

  public SpeechOptions withRecognizers(int n) {
    return new SpeechOptions(modelDir, language, n, turnGap, noWordsAfter, measures);
  }

  public SpeechOptions withLanguage(String lang) {
    return new SpeechOptions(modelDir, lang, recognizers, turnGap, noWordsAfter, measures);
  }

  private static double parseDbfs(String text) {
    double v;
    try {
      v = Double.parseDouble(text.replaceFirst("(?i)\\s*dbfs$", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a level in dBFS such as -40", e);
    }
    if (!(v < 0)) {
      throw new IllegalArgumentException("must be below 0 dBFS");
    }
    return v;
  }
}
