package io.callsight.jobs.transcribe.flink;

import io.callsight.jobs.flink.Decoded;
import io.callsight.quality.redact.Redactor;
import io.callsight.quality.redact.TranscriptRedactor;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.Json;
import io.callsight.schemas.Recording;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import io.callsight.speech.SpeechOptions;
import io.callsight.speech.Transcriber;
import io.callsight.speech.audio.BadAudioException;
import io.callsight.speech.vosk.VoskEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.ThreadSafeSimpleCounter;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcribes recordings off the Flink task thread: each job instance shares the JVM's one loaded
 * model through a Vosk engine and runs as many recordings at once as it has recognisers, on threads
 * of its own. A recording that cannot be transcribed becomes a dead letter; the job goes on.
 *
 * <p>Metrics (group {@code speech}): {@code channelAudioMillis}, the audio transcribed (a stereo
 * call's two channels count twice, as each goes through a recogniser), and {@code
 * transcribeMillis}, the time spent on it; their rates' ratio is the ASR real-time factor the
 * Pipeline health dashboard charts, which sizes the speech tier.
 */
public final class TranscribeFunction extends RichAsyncFunction<Recording, Decoded<Transcript>> {
  static final String SOURCE = "transcribe-job";

  private static final Logger LOG = LoggerFactory.getLogger(TranscribeFunction.class);

  private final SpeechOptions options;
  private final int inFlight;
  private final Duration timeout;
  private final List<String> ownDomains;
  private transient VoskEngine engine;
  private transient Transcriber transcriber;
  private transient TranscriptRedactor redactor;
  private transient ExecutorService threads;
  private transient Counter channelAudioMillis;
  private transient Counter transcribeMillis;

  public TranscribeFunction(
      SpeechOptions options, int inFlight, Duration timeout, List<String> ownDomains) {
    this.options = options;
    this.inFlight = inFlight;
    this.timeout = timeout;
    this.ownDomains = List.copyOf(ownDomains);
  }

  @Override
  public void open(OpenContext context) {
    engine = VoskEngine.open(Path.of(options.modelDir()), options.recognizers());
    transcriber = new Transcriber(engine, options);
    redactor = new TranscriptRedactor(new Redactor(ownDomains));
    MetricGroup speech = getRuntimeContext().getMetricGroup().addGroup("speech");
    // Recogniser threads update them, not the task thread.
    channelAudioMillis = speech.counter("channelAudioMillis", new ThreadSafeSimpleCounter());
    transcribeMillis = speech.counter("transcribeMillis", new ThreadSafeSimpleCounter());
    AtomicInteger n = new AtomicInteger();
    int subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
    threads =
        new ThreadPoolExecutor(
            options.recognizers(),
            options.recognizers(),
            0,
            TimeUnit.MILLISECONDS,
            // The async operator's capacity bounds what is in flight; this only has to hold it.
            new ArrayBlockingQueue<>(inFlight),
            r -> {
              Thread t = new Thread(r, "transcribe-" + subtask + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void asyncInvoke(Recording recording, ResultFuture<Decoded<Transcript>> result) {
    try {
      threads.execute(() -> transcribe(recording, result));
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(e);
    }
  }

  private void transcribe(Recording recording, ResultFuture<Decoded<Transcript>> result) {
    long started = System.nanoTime();
    try {
      // Personal data never reaches the transcripts topic.
      Transcript t = redactor.redact(transcriber.transcribe(recording));
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      channelAudioMillis.inc(t.durationMs() * recording.channels());
      transcribeMillis.inc(tookMs);
      LOG.info(
          "transcribed call {} ({} ms of audio, {} turns) in {} ms",
          recording.callId(),
          t.durationMs(),
          t.turns().size(),
          tookMs);
      result.complete(List.of(Decoded.of(t)));
    } catch (BadAudioException e) {
      result.complete(List.of(Decoded.failed(deadLetter(recording, e.getMessage()))));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result.completeExceptionally(e);
    } catch (RuntimeException e) {
      // A recording that breaks the engine is set aside rather than restarting the job forever.
      LOG.error("transcribing {} failed", recording.uri(), e);
      result.complete(
          List.of(
              Decoded.failed(
                  deadLetter(recording, recording.uri() + ": transcription failed: " + e))));
    }
  }

  @Override
  public void timeout(Recording recording, ResultFuture<Decoded<Transcript>> result) {
    result.complete(
        List.of(
            Decoded.failed(
                deadLetter(
                    recording,
                    recording.uri()
                        + ": not transcribed within "
                        + timeout
                        + " (transcribe.timeout)"))));
  }

  static DeadLetter deadLetter(Recording recording, String reason) {
    return new DeadLetter(
        SOURCE,
        DeadLetterReason.BAD_AUDIO,
        reason,
        Json.toJson(recording),
        Topic.RECORDINGS.topicName(),
        null,
        null,
        recording.uri(),
        System.currentTimeMillis());
  }

  @Override
  public void close() throws Exception {
    if (threads != null) {
      threads.shutdownNow();
      threads.awaitTermination(30, TimeUnit.SECONDS);
    }
    if (engine != null) {
      engine.close();
    }
  }
}
