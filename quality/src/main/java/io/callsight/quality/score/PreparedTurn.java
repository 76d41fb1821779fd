package io.callsight.quality.score;

import io.callsight.quality.Speaker;
import io.callsight.quality.redact.PiiKind;
import io.callsight.quality.sentiment.Sentiment;
import io.callsight.quality.text.KeyedText;
import java.util.Set;

/** A turn made ready for the rules: redacted, keyed for matching, and its sentiment. */
record PreparedTurn(
    int index,
    Speaker speaker,
    long startMs,
    long endMs,
    String text,
    Set<PiiKind> pii,
    KeyedText keyed,
    Sentiment sentiment) {

  Evidence evidence() {
    return new Evidence(speaker, text, startMs);
  }
}
