package io.callsight.speech.vosk;

import com.fasterxml.jackson.databind.JsonNode;
import io.callsight.schemas.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * A Vosk recogniser that is used for one signal after another. libvosk's word times keep counting
 * from the recogniser's creation (neither a final result nor a reset restarts them), so this counts
 * the samples it was fed and takes them off.
 */
final class PooledRecognizer implements AutoCloseable {
  /** Feeding libvosk 0.1 s at a time keeps its buffers small. */
  private static final int CHUNK_MS = 100;

  private final Recognizer recognizer;
  private final int sampleRate;
  private long samplesFed;

  PooledRecognizer(Model model, int sampleRate) {
    try {
      this.recognizer = new Recognizer(model, sampleRate);
    } catch (IOException e) {
      throw new IllegalStateException(
          "libvosk could not create a recogniser: " + e.getMessage(), e);
    }
    recognizer.setWords(true);
    this.sampleRate = sampleRate;
  }

  /** Seconds of audio this recogniser has heard, to retire it before its float clock blurs. */
  double secondsHeard() {
    return (double) samplesFed / sampleRate;
  }

  /** One signal's session: feed it, then take its words. */
  Session start() {
    return new Session(samplesFed);
  }

  final class Session {
    private final long offsetSamples;
    private final List<RecognisedWord> words = new ArrayList<>();
    private final short[] chunk = new short[sampleRate * CHUNK_MS / 1000];
    private int chunked;

    private Session(long offsetSamples) {
      this.offsetSamples = offsetSamples;
    }

    void accept(short[] samples) {
      int i = 0;
      while (i < samples.length) {
        int n = Math.min(chunk.length - chunked, samples.length - i);
        System.arraycopy(samples, i, chunk, chunked, n);
        chunked += n;
        i += n;
        if (chunked == chunk.length) {
          flushChunk();
        }
      }
    }

    /** Ends the signal and returns every word in it, times relative to its start. */
    List<RecognisedWord> finish() {
      if (chunked > 0) {
        flushChunk();
      }
      collect(recognizer.getFinalResult());
      return words;
    }

    private void flushChunk() {
      samplesFed += chunked;
      if (recognizer.acceptWaveForm(chunk, chunked)) {
        collect(recognizer.getResult());
      }
      chunked = 0;
    }

    private void collect(String json) {
      JsonNode result;
      try {
        result = Json.mapper().readTree(json).path("result");
      } catch (IOException e) {
        throw new UncheckedIOException("libvosk returned a result that is not JSON: " + json, e);
      }
      double offsetMs = offsetSamples * 1000.0 / sampleRate;
      for (JsonNode w : result) {
        long start = Math.max(0, Math.round(w.path("start").asDouble() * 1000 - offsetMs));
        long end = Math.max(start, Math.round(w.path("end").asDouble() * 1000 - offsetMs));
        double conf = Math.max(0, Math.min(1, w.path("conf").asDouble(1.0)));
        words.add(new RecognisedWord(w.path("word").asText(), start, end, conf));
      }
    }
  }

  @Override
  public void close() {
    recognizer.close();
  }
}
