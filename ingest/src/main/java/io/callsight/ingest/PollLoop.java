package io.callsight.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * Polls a file or folder until stopped: a read that fails is logged once per distinct failure (not
 * five times a second) and tried again at the next poll; anything else ends the loop.
 */
public final class PollLoop {
  /** One look at the input. */
  @FunctionalInterface
  public interface Poll {
    void poll() throws IOException;
  }

  private PollLoop() {}

  /**
   * Polls every {@code interval} until {@code stopped} is counted down or the thread interrupted.
   */
  public static void run(
      Poll poll, Duration interval, CountDownLatch stopped, Logger log, Object what) {
    String lastFailure = null;
    try {
      do {
        try {
          poll.poll();
          lastFailure = null;
        } catch (IOException | UncheckedIOException e) {
          if (!e.toString().equals(lastFailure)) {
            log.warn("reading {} failed, trying again every poll: {}", what, e.toString());
            lastFailure = e.toString();
          }
        }
      } while (!stopped.await(interval.toNanos(), TimeUnit.NANOSECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
