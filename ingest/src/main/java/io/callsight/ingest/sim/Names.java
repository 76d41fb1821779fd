package io.callsight.ingest.sim;

import java.util.regex.Pattern;

/** The check on queue, team and extension names: they end up in queue_log fields. */
final class Names {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]*");

  private Names() {}

  static String require(String name, String what) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " must be letters, digits and . _ @ - (no spaces or |), was '" + name + "'");
    }
    return name;
  }
}
