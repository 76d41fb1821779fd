package io.callsight.schemas;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One turn of a {@link Transcript}: consecutive words of one speaker, in time order. */
public record TranscriptTurn(
    Speaker speaker, long startMs, long endMs, String text, List<TranscriptWord> words) {

  public TranscriptTurn {
    Objects.requireNonNull(speaker, "speaker is required");
    Records.requireSpan(startMs, endMs, "turn");
    Objects.requireNonNull(text, "text is required");
    words = List.copyOf(Objects.requireNonNull(words, "words are required"));
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a turn needs at least one word");
    }
  }

  /** A recogniser's text of a turn: its words joined by spaces. */
  public static String textOf(List<TranscriptWord> words) {
    return words.stream().map(TranscriptWord::word).collect(Collectors.joining(" "));
  }
}
