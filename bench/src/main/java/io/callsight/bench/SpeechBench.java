package io.callsight.bench;

import io.callsight.common.WorkFolders;
import io.callsight.schemas.AudioCodec;
import io.callsight.schemas.RateUnit;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import io.callsight.speech.SpeechOptions;
import io.callsight.speech.TurnMerger;
import io.callsight.speech.audio.Audio;
import io.callsight.speech.audio.Resampler;
import io.callsight.speech.audio.WavDecoder;
import io.callsight.speech.measures.ChannelActivity;
import io.callsight.speech.measures.ConversationMeasurer;
import io.callsight.speech.measures.VoiceActivity;
import io.callsight.speech.synthetic.ToyVoskModel;
import io.callsight.speech.synthetic.WavWriter;
import io.callsight.speech.vosk.RecognisedWord;
import io.callsight.speech.vosk.VoskEngine;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The speech stage on this machine, for a stereo 8 kHz A-law call: (1) decode + resample to the
 * model's rate + conversation measures, as a fraction of the call's length; (2) transcription
 * throughput with 1 and 2 recogniser threads on one shared model. Without {@code --model} it uses
 * the toy model the tests use, which measures libvosk's own cost (features, decoder, lattices) but
 * not a real acoustic model's network.
 */
public final class SpeechBench {
  private static final int RATE = 8_000;
  private static final long SEED = 20_240_102L;

  private final PrintWriter out;

  public SpeechBench(PrintWriter out) {
    this.out = out;
  }

  /** Runs both measurements and prints them. */
  public void run(Path model, int minutes, int rounds) throws Exception {
    // The toy model and the generated call (10 MB for ten minutes) go when the run ends.
    Path work = Files.createTempDirectory("callsight-speech-bench");
    try {
      run(work, model, minutes, rounds);
    } finally {
      WorkFolders.deleteQuietly(work);
    }
  }

  private void run(Path work, Path model, int minutes, int rounds) throws Exception {
    Path modelDir =
        model != null
            ? model
            : ToyVoskModel.of(List.of("hello", "world", "thanks", "goodbye"))
                .endpointSilence(null)
                .writeTo(work.resolve("vosk-model-toy-en"));
    short[][] call = ConversationAudio.generate(RATE, minutes * 60, SEED);
    Path file = WavWriter.write(work.resolve("call.wav"), RATE, AudioCodec.PCM_ALAW, call);
    double audioSeconds = minutes * 60.0;
    say(
        "a %d-minute stereo 8 kHz A-law call (%,d bytes), model %s",
        minutes, Files.size(file), modelDir.getFileName());

    SpeechOptions options = SpeechOptions.forModel(modelDir).withLanguage("en");
    try (VoskEngine engine = VoskEngine.open(modelDir, 2)) {
      Map<Speaker, List<TranscriptWord>> words = recognise(engine, file);
      say(
          "recognised %d words (agent %d, customer %d)",
          words.values().stream().mapToInt(List::size).sum(),
          words.get(Speaker.AGENT).size(),
          words.get(Speaker.CUSTOMER).size());
      preparation(file, engine.model().sampleRate(), words, options, rounds, audioSeconds);
      throughput(engine, file, rounds, audioSeconds);
    }
  }

  /** Decode + resample + measures, timed per part; the median of the rounds after warm-up. */
  private void preparation(
      Path file,
      int modelRate,
      Map<Speaker, List<TranscriptWord>> words,
      SpeechOptions options,
      int rounds,
      double audioSeconds)
      throws Exception {
    int warmups = 3;
    long[] decode = new long[rounds];
    long[] resample = new long[rounds];
    long[] measure = new long[rounds];
    for (int r = -warmups; r < rounds; r++) {
      long t0 = System.nanoTime();
      Audio audio = WavDecoder.decode(file);
      long t1 = System.nanoTime();
      long samples = 0;
      for (short[] channel : audio.channels()) {
        samples += Resampler.of(RATE, modelRate).resample(channel).length;
      }
      long t2 = System.nanoTime();
      Map<Speaker, ChannelActivity> parties = new LinkedHashMap<>();
      parties.put(
          Speaker.AGENT, VoiceActivity.analyse(audio.channels()[0], RATE, options.measures()));
      parties.put(
          Speaker.CUSTOMER, VoiceActivity.analyse(audio.channels()[1], RATE, options.measures()));
      List<TranscriptTurn> turns = new TurnMerger(options.turnGap()).merge(words);
      var m =
          new ConversationMeasurer(options.measures())
              .measure(audio.durationMs(), parties, turns, RateUnit.WORDS_PER_MINUTE);
      long t3 = System.nanoTime();
      if (samples == 0 || m.parties().isEmpty()) {
        throw new IllegalStateException("nothing was resampled or measured");
      }
      if (r >= 0) {
        decode[r] = t1 - t0;
        resample[r] = t2 - t1;
        measure[r] = t3 - t2;
      }
    }
    double total = median(decode) + median(resample) + median(measure);
    say(
        "decode + resample to %d Hz + measures: %.0f ms = %.3f %% of the call's length"
            + " (decode %.0f ms, resample %.0f ms, measures %.0f ms; median of %d rounds)",
        modelRate,
        total / 1e6,
        100 * total / 1e9 / audioSeconds,
        median(decode) / 1e6,
        median(resample) / 1e6,
        median(measure) / 1e6,
        rounds);
  }

  /** Both channels recognised by 1 thread, then by 2 threads at once, on one shared model. */
  private void throughput(VoskEngine engine, Path file, int rounds, double audioSeconds)
      throws Exception {
    Audio audio = WavDecoder.decode(file);
    double[] speed = new double[3];
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int n = 1; n <= 2; n++) {
        long[] wall = new long[rounds];
        for (int r = 0; r < rounds; r++) {
          long t0 = System.nanoTime();
          List<Future<?>> jobs = new ArrayList<>();
          for (int t = 0; t < n; t++) {
            jobs.add(
                threads.submit(
                    () -> {
                      for (short[] channel : audio.channels()) {
                        engine.recognise(channel, RATE);
                      }
                      return null;
                    }));
          }
          for (Future<?> f : jobs) {
            f.get();
          }
          wall[r] = System.nanoTime() - t0;
        }
        // Each thread recognises both channels: 2 × the call's length of audio.
        speed[n] = n * 2 * audioSeconds / (median(wall) / 1e9);
        say(
            "transcription with %d recogniser thread%s: %.0f s of audio per second"
                + " (%.1f x real time; median of %d rounds)",
            n, n == 1 ? "" : "s", speed[n], speed[n], rounds);
      }
    } finally {
      threads.shutdownNow();
    }
    say("scaling from 1 to 2 threads: %.2f x (2.00 would be linear)", speed[2] / speed[1]);
    say(
        "on %d cores; a real small model costs more per second of audio: see the README for what"
            + " that means per 1,000 agents",
        Runtime.getRuntime().availableProcessors());
  }

  private static Map<Speaker, List<TranscriptWord>> recognise(VoskEngine engine, Path file)
      throws Exception {
    Audio audio = WavDecoder.decode(file);
    Map<Speaker, List<TranscriptWord>> words = new LinkedHashMap<>();
    Speaker[] speakers = {Speaker.AGENT, Speaker.CUSTOMER};
    for (int c = 0; c < 2; c++) {
      List<TranscriptWord> w = new ArrayList<>();
      for (RecognisedWord r : engine.recognise(audio.channels()[c], RATE)) {
        w.add(new TranscriptWord(r.word(), r.startMs(), r.endMs(), r.conf()));
      }
      words.put(speakers[c], w);
    }
    return words;
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private void say(String format, Object... args) {
    out.println("speech bench: " + String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
