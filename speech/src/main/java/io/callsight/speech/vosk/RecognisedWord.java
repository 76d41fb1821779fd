package io.callsight.speech.vosk;

/** A word libvosk recognised on one channel, with its time in that channel's audio. */
public record RecognisedWord(String word, long startMs, long endMs, double conf) {}
