package io.callsight.quality.score;

import io.callsight.quality.Speaker;
import io.callsight.quality.redact.PiiKind;
import io.callsight.quality.sentiment.Sentiment;
import java.util.Set;

/** One turn as scoring leaves it: redacted text, sentiment, and the kinds of data redacted. */
public record ScoredTurn(
    int index,
    Speaker speaker,
    long startMs,
    long endMs,
    String text,
    double sentiment,
    Sentiment.Label sentimentLabel,
    Set<PiiKind> redacted) {}
