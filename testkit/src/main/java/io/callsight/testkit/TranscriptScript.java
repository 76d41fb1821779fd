package io.callsight.testkit;

import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.ConversationMeasures;
import io.callsight.schemas.PartyMeasures;
import io.callsight.schemas.RateUnit;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Transcript;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code transcripts} record written by a test as a call's lines: each turn's speaker, times and
 * words (split on spaces, spread evenly over the turn). Measures are the simple sums a test can
 * check; overtalk is left out (none of the scripted turns overlap).
 */
public final class TranscriptScript {
  private final String callId;
  private final String language;
  private final long eventTime;
  private final List<TranscriptTurn> turns = new ArrayList<>();

  private TranscriptScript(String callId, String language, long eventTime) {
    this.callId = callId;
    this.language = language;
    this.eventTime = eventTime;
  }

  /** A stereo call's transcript in {@code language} (zh or en), recorded from {@code eventTime}. */
  public static TranscriptScript call(String callId, String language, long eventTime) {
    return new TranscriptScript(callId, language, eventTime);
  }

  public TranscriptScript agent(long startMs, long endMs, String text) {
    return turn(Speaker.AGENT, startMs, endMs, text);
  }

  public TranscriptScript customer(long startMs, long endMs, String text) {
    return turn(Speaker.CUSTOMER, startMs, endMs, text);
  }

  private TranscriptScript turn(Speaker speaker, long startMs, long endMs, String text) {
    String[] words = text.trim().split("\\s+");
    long step = Math.max(1, (endMs - startMs) / words.length);
    List<TranscriptWord> timed = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      long start = startMs + i * step;
      timed.add(
          new TranscriptWord(words[i], start, i == words.length - 1 ? endMs : start + step, 0.9));
    }
    turns.add(new TranscriptTurn(speaker, startMs, endMs, text, timed));
    return this;
  }

  public Transcript transcript() {
    long duration = turns.stream().mapToLong(TranscriptTurn::endMs).max().orElse(0) + 1_000;
    long talk = 0;
    long longestSilence = 0;
    long lastEnd = 0;
    for (TranscriptTurn t : turns) {
      talk += t.endMs() - t.startMs();
      longestSilence = Math.max(longestSilence, t.startMs() - lastEnd);
      lastEnd = Math.max(lastEnd, t.endMs());
    }
    longestSilence = Math.max(longestSilence, duration - lastEnd);
    List<PartyMeasures> parties = new ArrayList<>();
    for (Speaker s : List.of(Speaker.AGENT, Speaker.CUSTOMER)) {
      List<TranscriptTurn> own = turns.stream().filter(t -> t.speaker() == s).toList();
      long ms = own.stream().mapToLong(t -> t.endMs() - t.startMs()).sum();
      int words = own.stream().mapToInt(t -> t.words().size()).sum();
      int chars = own.stream().mapToInt(t -> t.text().replace(" ", "").length()).sum();
      parties.add(
          new PartyMeasures(
              s,
              ms,
              talk == 0 ? 0 : (double) ms / talk,
              own.size(),
              own.stream().mapToLong(t -> t.endMs() - t.startMs()).max().orElse(0),
              0,
              0,
              words,
              chars,
              null,
              language.startsWith("zh")
                  ? RateUnit.CHARACTERS_PER_MINUTE
                  : RateUnit.WORDS_PER_MINUTE,
              null,
              null));
    }
    ConversationMeasures measures =
        new ConversationMeasures(
            talk,
            Math.min(1, (double) talk / duration),
            duration - talk,
            Math.max(0, 1 - (double) talk / duration),
            longestSilence,
            null,
            turns.size() + 1,
            0L,
            0.0,
            0,
            List.of(),
            null,
            parties);
    return new Transcript(
        callId,
        "rec-" + callId,
        language,
        "vosk-test",
        language.startsWith("zh") ? "vosk-model-small-cn-0.22" : "vosk-model-small-en-us-0.15",
        ChannelLayout.AGENT_LEFT,
        duration,
        eventTime,
        eventTime + duration + 5_000,
        turns,
        measures);
  }
}
