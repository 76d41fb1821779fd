package io.callsight.speech;

import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.ConversationMeasures;
import io.callsight.schemas.RateUnit;
import io.callsight.schemas.Recording;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Transcript;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import io.callsight.speech.audio.Audio;
import io.callsight.speech.audio.BadAudioException;
import io.callsight.speech.audio.WavDecoder;
import io.callsight.speech.measures.ChannelActivity;
import io.callsight.speech.measures.ConversationMeasurer;
import io.callsight.speech.measures.SpeakingRate;
import io.callsight.speech.measures.VoiceActivity;
import io.callsight.speech.vosk.ModelFolder;
import io.callsight.speech.vosk.RecognisedWord;
import io.callsight.speech.vosk.VoskEngine;
import io.callsight.speech.vosk.VoskRuntime;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recording to one transcript: decodes the file, finds each channel's talk, recognises each
 * channel's words with Vosk, merges them into turns by time and measures the conversation.
 * Thread-safe; as many recordings go at once as the engine has recognisers.
 */
public final class Transcriber {
  private final VoskEngine engine;
  private final SpeechOptions options;
  private final String language;
  private final RateUnit rateUnit;
  private final String engineId = VoskRuntime.engineId();
  private final TurnMerger turns;
  private final ConversationMeasurer measurer;

  /**
   * @throws IllegalStateException when no language is configured and the model's name gives none
   */
  public Transcriber(VoskEngine engine, SpeechOptions options) {
    this.engine = engine;
    this.options = options;
    this.language = languageOf(engine.model(), options);
    this.rateUnit = SpeakingRate.unitFor(language);
    this.turns = new TurnMerger(options.turnGap());
    this.measurer = new ConversationMeasurer(options.measures());
  }

  /**
   * The language transcripts of this model are in: the configured one, else the one the model's
   * name gives. Jobs call it at start-up so that a model without either stops them there.
   *
   * @throws IllegalStateException when no language is configured and the model's name gives none
   */
  public static String languageOf(ModelFolder model, SpeechOptions options) {
    String language = options.language() != null ? options.language() : model.languageFromName();
    if (language == null) {
      throw new IllegalStateException(
          "the language of the Vosk model "
              + model.path()
              + " is not in its name: set "
              + SpeechOptions.LANGUAGE.key()
              + " (e.g. zh or en)");
    }
    return language;
  }

  public String language() {
    return language;
  }

  /**
   * Transcribes the recording's file.
   *
   * @throws BadAudioException naming the file when it cannot be decoded, does not fit the event, or
   *     has talk the model recognised nothing in
   */
  public Transcript transcribe(Recording recording) throws BadAudioException, InterruptedException {
    Path file = RecordingFiles.fileOf(recording);
    Audio audio = WavDecoder.decode(file);
    ChannelLayout layout = recording.layout();
    if (audio.channelCount() == 1 && layout != ChannelLayout.MONO) {
      throw new BadAudioException(
          file, "has one channel, but its recording event says " + layout.json());
    }
    if (layout == ChannelLayout.MONO) {
      audio = audio.mono();
    }
    Map<Speaker, ChannelActivity> activity = new LinkedHashMap<>();
    Map<Speaker, List<TranscriptWord>> words = new LinkedHashMap<>();
    for (int c = 0; c < audio.channelCount(); c++) {
      Speaker speaker = layout.speakerOf(c);
      short[] samples = audio.channels()[c];
      activity.put(speaker, VoiceActivity.analyse(samples, audio.sampleRate(), options.measures()));
      words.put(speaker, transcriptWords(engine.recognise(samples, audio.sampleRate())));
    }
    // Parties in a fixed order whatever the layout: agent first.
    Map<Speaker, ChannelActivity> parties = new LinkedHashMap<>();
    for (Speaker s : Speaker.values()) {
      if (activity.containsKey(s)) {
        parties.put(s, activity.get(s));
      }
    }
    requireWordsInTalk(file, audio, parties, words);
    List<TranscriptTurn> merged = turns.merge(words);
    ConversationMeasures measures = measurer.measure(audio.durationMs(), parties, merged, rateUnit);
    return new Transcript(
        recording.callId(),
        recording.recordingId(),
        language,
        engineId,
        engine.model().id(),
        layout,
        audio.durationMs(),
        recording.eventTime(),
        System.currentTimeMillis(),
        merged,
        measures);
  }

  /** Talk with no word at all is a model that cannot hear this audio, not a quiet call. */
  private void requireWordsInTalk(
      Path file,
      Audio audio,
      Map<Speaker, ChannelActivity> parties,
      Map<Speaker, List<TranscriptWord>> words)
      throws BadAudioException {
    long talkMs = parties.values().stream().mapToLong(ChannelActivity::talkMs).sum();
    boolean none = words.values().stream().allMatch(List::isEmpty);
    if (none && talkMs >= options.noWordsAfter().toMillis()) {
      throw new BadAudioException(
          file,
          String.format(
              "%.1f s of talk but not one word recognised: is the model %s (%s, %d Hz) right for"
                  + " this %d Hz recording?",
              talkMs / 1000.0,
              engine.model().id(),
              language,
              engine.model().sampleRate(),
              audio.sampleRate()));
    }
  }

  private static List<TranscriptWord> transcriptWords(List<RecognisedWord> recognised) {
    return recognised.stream()
        .map(w -> new TranscriptWord(w.word(), w.startMs(), w.endMs(), w.conf()))
        .toList();
  }
}
