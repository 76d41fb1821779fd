package io.callsight.speech.vosk;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.vosk.Model;

/**
 * At most {@code size} Vosk recognisers on one shared model, made when first needed and reused: a
 * caller beyond the bound waits. A recogniser is replaced after {@link #RETIRE_AFTER_SECONDS} of
 * audio so its word times keep millisecond precision.
 */
final class RecognizerPool implements AutoCloseable {
  static final double RETIRE_AFTER_SECONDS = 4 * 3600;

  private static final long CLOSE_WAIT_SECONDS = 30;

  private final Model model;
  private final int sampleRate;
  private final int size;
  private final Semaphore permits;
  private final Deque<PooledRecognizer> idle = new ArrayDeque<>();
  private boolean closed;

  RecognizerPool(Model model, int sampleRate, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a recogniser pool needs at least 1, was " + size);
    }
    this.model = model;
    this.sampleRate = sampleRate;
    this.size = size;
    this.permits = new Semaphore(size, true);
  }

  int size() {
    return size;
  }

  /** A recogniser of its own for the caller; waits while all are in use. */
  PooledRecognizer borrow() throws InterruptedException {
    permits.acquire();
    synchronized (this) {
      if (closed) {
        permits.release();
        throw new IllegalStateException("the recogniser pool is closed");
      }
      PooledRecognizer r = idle.pollFirst();
      if (r != null) {
        return r;
      }
    }
    try {
      return new PooledRecognizer(model, sampleRate);
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  void giveBack(PooledRecognizer r, boolean healthy) {
    synchronized (this) {
      if (!closed && healthy && r.secondsHeard() < RETIRE_AFTER_SECONDS) {
        idle.addFirst(r);
        r = null;
      }
    }
    if (r != null) {
      r.close();
    }
    permits.release();
  }

  /** Waits (a while) for borrowed recognisers to come back, then frees them all. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    try {
      if (permits.tryAcquire(size, CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        permits.release(size);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      idle.forEach(PooledRecognizer::close);
      idle.clear();
    }
  }
}
