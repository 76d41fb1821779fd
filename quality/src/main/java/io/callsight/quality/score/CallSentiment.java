package io.callsight.quality.score;

/** Both parties' sentiment over a call. */
public record CallSentiment(PartySentiment customer, PartySentiment agent) {}
