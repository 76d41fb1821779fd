package io.callsight.speech.vosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.vosk.LibVosk;
import org.vosk.LogLevel;

/**
 * Prepares the JVM for libvosk before any Vosk class loads: JNA must decode libvosk's UTF-8 results
 * as UTF-8 (in a C locale it would turn every Chinese word into U+FFFD), and libvosk's logging is
 * kept to warnings.
 */
public final class VoskRuntime {
  static final String JNA_ENCODING = "jna.encoding";

  private static volatile boolean ready;

  private VoskRuntime() {}

  /**
   * Sets {@code jna.encoding=UTF-8} unless it is set already, then loads libvosk.
   *
   * @throws IllegalStateException when the JVM was started with another {@code jna.encoding}
   */
  public static synchronized void init() {
    if (ready) {
      return;
    }
    String encoding = System.getProperty(JNA_ENCODING);
    if (encoding == null) {
      System.setProperty(JNA_ENCODING, StandardCharsets.UTF_8.name());
    } else {
      requireUtf8(encoding);
    }
    LibVosk.setLogLevel(LogLevel.WARNINGS);
    ready = true;
  }

  /** The engine name and version transcripts carry, e.g. {@code vosk-0.3.45}. */
  public static String engineId() {
    Properties p = new Properties();
    try (InputStream in = VoskRuntime.class.getResourceAsStream("/callsight-speech.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "vosk-" + p.getProperty("vosk.version", "unknown");
  }

  /** Refuses a JVM started with a {@code jna.encoding} other than UTF-8. */
  static void requireUtf8(String encoding) {
    boolean utf8;
    try {
      utf8 = Charset.forName(encoding).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      utf8 = false;
    }
    if (!utf8) {
      throw new IllegalStateException(
          "this JVM runs with -D"
              + JNA_ENCODING
              + "="
              + encoding
              + ", which garbles every Chinese word libvosk returns: start it with -D"
              + JNA_ENCODING
              + "=UTF-8 (or without the option)");
    }
  }
}
