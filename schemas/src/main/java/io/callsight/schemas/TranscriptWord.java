package io.callsight.schemas;

/** One recognised word of a {@link Transcript}, with its time in the recording and confidence. */
public record TranscriptWord(String word, long startMs, long endMs, double conf) {

  public TranscriptWord {
    Records.requireText(word, "word");
    Records.requireSpan(startMs, endMs, "word", word);
    Records.requireFraction(conf, "conf");
  }
}
