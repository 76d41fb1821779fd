package io.callsight.speech.vosk;

import io.callsight.speech.audio.Resampler;
import java.nio.file.Path;
import java.util.List;

/**
 * Speech to words with Vosk: a shared model, a bounded pool of recognisers, and audio resampled to
 * the model's rate on the way in (an 8 kHz call fed to a 16 kHz model gives no error and no words).
 * Safe to use from as many threads as the pool has recognisers; more wait.
 */
public final class VoskEngine implements AutoCloseable {
  /** Input fed through the resampler at a time: 0.5 s. */
  private static final int BLOCK_MS = 500;

  private final SharedModels.Lease model;
  private final RecognizerPool pool;

  private VoskEngine(SharedModels.Lease model, int recognizers) {
    this.model = model;
    this.pool = new RecognizerPool(model.model(), model.folder().sampleRate(), recognizers);
  }

  /**
   * Loads (or shares) the model in {@code modelDir} with a pool of {@code recognizers}.
   *
   * @throws IllegalStateException naming the folder and the missing file when the model is
   *     incomplete, with where to get one
   */
  public static VoskEngine open(Path modelDir, int recognizers) {
    SharedModels.Lease lease = SharedModels.acquire(modelDir);
    try {
      return new VoskEngine(lease, recognizers);
    } catch (RuntimeException e) {
      lease.close();
      throw e;
    }
  }

  public ModelFolder model() {
    return model.folder();
  }

  public int recognizers() {
    return pool.size();
  }

  /**
   * The words in one channel of audio at any sample rate, times in milliseconds from its start.
   * Blocks while every recogniser is busy.
   */
  public List<RecognisedWord> recognise(short[] samples, int sampleRate)
      throws InterruptedException {
    Resampler.Stream resampler = Resampler.of(sampleRate, model.folder().sampleRate()).stream();
    int block = Math.max(1, sampleRate * BLOCK_MS / 1000);
    PooledRecognizer recognizer = pool.borrow();
    boolean healthy = false;
    try {
      PooledRecognizer.Session session = recognizer.start();
      for (int from = 0; from < samples.length; from += block) {
        session.accept(resampler.push(samples, from, Math.min(block, samples.length - from)));
      }
      session.accept(resampler.finish());
      List<RecognisedWord> words = session.finish();
      healthy = true;
      return words;
    } finally {
      pool.giveBack(recognizer, healthy);
    }
  }

  /** Closes the recognisers and gives the shared model back. */
  @Override
  public void close() {
    pool.close();
    model.close();
  }
}
