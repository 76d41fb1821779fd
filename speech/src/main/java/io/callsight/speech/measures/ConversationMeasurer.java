package io.callsight.speech.measures;

import io.callsight.schemas.ConversationMeasures;
import io.callsight.schemas.Interruption;
import io.callsight.schemas.PartyMeasures;
import io.callsight.schemas.RateUnit;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The conversation measures of one call from each party's talk (from the audio) and the turns (from
 * the words): talk, silence, overtalk and interruptions for the call, and each party's share,
 * speaking rate and loudness.
 */
public final class ConversationMeasurer {
  private final MeasureSettings settings;

  public ConversationMeasurer(MeasureSettings settings) {
    this.settings = settings;
  }

  /**
   * @param parties each party's talk, in the order the parties are listed (agent, customer; or the
   *     one unknown party of a mono recording)
   */
  public ConversationMeasures measure(
      long durationMs,
      Map<Speaker, ChannelActivity> parties,
      List<TranscriptTurn> turns,
      RateUnit rateUnit) {
    List<Span> anyTalk = Spans.union(parties.values().stream().map(ChannelActivity::talk).toList());
    long talkMs = Spans.total(anyTalk);
    long duration = Math.max(durationMs, anyTalk.isEmpty() ? 0 : last(anyTalk).endMs());
    List<Span> silences = Spans.gaps(anyTalk, duration);
    Span longest = silences.stream().max(Comparator.comparingLong(Span::lengthMs)).orElse(null);
    long minSilence = settings.minSilence().toMillis();

    boolean twoParties =
        parties.containsKey(Speaker.AGENT) && parties.containsKey(Speaker.CUSTOMER);
    Long overtalkMs = null;
    List<Interruption> interruptions = null;
    if (twoParties) {
      List<Span> agent = parties.get(Speaker.AGENT).talk();
      List<Span> customer = parties.get(Speaker.CUSTOMER).talk();
      overtalkMs = Spans.intersectionMs(agent, customer);
      interruptions =
          new ArrayList<>(interruptions(Speaker.CUSTOMER, customer, Speaker.AGENT, agent));
      interruptions.addAll(interruptions(Speaker.AGENT, agent, Speaker.CUSTOMER, customer));
      interruptions.sort(Comparator.comparingLong(Interruption::atMs));
    }

    long partyTalkSum = parties.values().stream().mapToLong(ChannelActivity::talkMs).sum();
    List<PartyMeasures> partyMeasures = new ArrayList<>();
    for (Map.Entry<Speaker, ChannelActivity> e : parties.entrySet()) {
      partyMeasures.add(
          party(e.getKey(), e.getValue(), partyTalkSum, turns, interruptions, rateUnit));
    }
    double power = 0;
    long frames = 0;
    for (ChannelActivity a : parties.values()) {
      power += a.talkPower() * a.talkFrames();
      frames += a.talkFrames();
    }
    return new ConversationMeasures(
        talkMs,
        ratio(talkMs, duration),
        duration - talkMs,
        ratio(duration - talkMs, duration),
        longest == null ? 0 : longest.lengthMs(),
        longest == null ? null : longest.startMs(),
        (int) silences.stream().filter(s -> s.lengthMs() >= minSilence).count(),
        overtalkMs,
        overtalkMs == null ? null : ratio(overtalkMs, talkMs),
        interruptions == null ? null : interruptions.size(),
        interruptions,
        frames == 0 ? null : dbfs(power / frames),
        partyMeasures);
  }

  /** Times the interrupter started while the other talked and kept on past the overlap minimum. */
  private List<Interruption> interruptions(
      Speaker interrupter, List<Span> theirs, Speaker interrupted, List<Span> talking) {
    List<Interruption> found = new ArrayList<>();
    long minOverlap = settings.minOverlap().toMillis();
    int j = 0;
    for (Span b : theirs) {
      while (j < talking.size() && talking.get(j).endMs() <= b.startMs()) {
        j++;
      }
      if (j == talking.size()) {
        break;
      }
      Span a = talking.get(j);
      if (a.startMs() < b.startMs()) {
        long overlap = Math.min(a.endMs(), b.endMs()) - b.startMs();
        if (overlap >= minOverlap) {
          found.add(new Interruption(interrupter, interrupted, b.startMs(), overlap));
        }
      }
    }
    return found;
  }

  private static PartyMeasures party(
      Speaker speaker,
      ChannelActivity activity,
      long partyTalkSum,
      List<TranscriptTurn> turns,
      List<Interruption> interruptions,
      RateUnit rateUnit) {
    int turnCount = 0;
    long longestTurn = 0;
    int words = 0;
    int characters = 0;
    for (TranscriptTurn t : turns) {
      if (t.speaker() == speaker) {
        turnCount++;
        longestTurn = Math.max(longestTurn, t.endMs() - t.startMs());
        words += t.words().size();
        for (TranscriptWord w : t.words()) {
          characters += SpeakingRate.chineseCharacters(w.word());
        }
      }
    }
    int made = 0;
    int received = 0;
    if (interruptions != null) {
      for (Interruption i : interruptions) {
        made += i.interrupter() == speaker ? 1 : 0;
        received += i.interrupted() == speaker ? 1 : 0;
      }
    }
    long talkMs = activity.talkMs();
    int units = rateUnit == RateUnit.CHARACTERS_PER_MINUTE ? characters : words;
    return new PartyMeasures(
        speaker,
        talkMs,
        ratio(talkMs, partyTalkSum),
        turnCount,
        longestTurn,
        made,
        received,
        words,
        characters,
        talkMs == 0 ? null : round(units * 60_000.0 / talkMs, 10),
        rateUnit,
        activity.talkFrames() == 0 ? null : dbfs(activity.talkPower()),
        activity.talkFrames() == 0 ? null : dbfs(activity.peakPower()));
  }

  private static double ratio(long part, long whole) {
    return whole <= 0 ? 0.0 : round(Math.min(1.0, (double) part / whole), 10_000);
  }

  private static double dbfs(double power) {
    return round(10 * Math.log10(power), 10);
  }

  private static double round(double v, int scale) {
    return Math.round(v * scale) / (double) scale;
  }

  private static Span last(List<Span> spans) {
    return spans.get(spans.size() - 1);
  }
}
