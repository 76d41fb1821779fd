package io.callsight.speech.measures;

import java.util.List;

/**
 * When one channel's party talked, and how loud: mean power and loudest frame over its talk.
 *
 * @param talk sorted, disjoint talk spans
 * @param talkPower mean squared sample over the talk frames, relative to full scale (0 without
 *     talk)
 * @param peakPower the loudest talk frame's mean squared sample, relative to full scale
 * @param talkFrames frames counted as talk, to weigh this channel's loudness against another's
 */
public record ChannelActivity(
    List<Span> talk, double talkPower, double peakPower, long talkFrames) {

  public ChannelActivity {
    talk = List.copyOf(talk);
  }

  public long talkMs() {
    return Spans.total(talk);
  }
}
