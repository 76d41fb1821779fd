package io.callsight.quality.score;

import io.callsight.quality.Speaker;

/** What a verdict rests on: who said what (redacted) and when, or the call fact judged. */
public record Evidence(Speaker speaker, String text, long startMs) {}
