package io.callsight.schemas;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads enums written in JSON by their own spelling (agent, pcm_alaw, agent-left). */
final class Lowercase {
  private Lowercase() {}

  static <E extends Enum<E>> E find(Class<E> type, String json, Function<E, String> spelling) {
    for (E e : type.getEnumConstants()) {
      if (spelling.apply(e).equals(json)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + json
            + "' is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(spelling)
                .collect(Collectors.joining(", ")));
  }
}
