package io.callsight.cli;

import java.security.SecureRandom;
import java.util.HexFormat;
import picocli.CommandLine.Option;

/** The secret caller numbers are hashed with, from {@code --caller-key} or the environment. */
final class CallerKey {
  static final String ENV = "CALLSIGHT_CALLER_KEY";

  @Option(
      names = "--caller-key",
      paramLabel = "SECRET",
      defaultValue = "${env:" + ENV + "}",
      description =
          "Secret (16+ characters) caller numbers are hashed with, so repeat callers stay visible"
              + " without raw numbers. Default: $"
              + ENV
              + ".")
  String key;

  /** The key, required because hashes that change between runs would split repeat callers. */
  String require() {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(
          "no caller-hash key: set "
              + ENV
              + " (16 or more characters, kept secret and the same"
              + " across restarts) or pass --caller-key");
    }
    return key;
  }

  /** The key, or a random one for a run whose hashes are not kept. */
  String orRandom() {
    if (key != null && !key.isBlank()) {
      return key;
    }
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
