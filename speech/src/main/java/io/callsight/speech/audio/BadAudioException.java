package io.callsight.speech.audio;

import java.nio.file.Path;

/**
 * A recording that cannot be used: not a WAV file, truncated, corrupt, or in a format CallSight
 * does not decode. The message names the file and the reason.
 */
public class BadAudioException extends Exception {
  private final transient Path file;

  public BadAudioException(Path file, String reason) {
    this(file, reason, null);
  }

  public BadAudioException(Path file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
