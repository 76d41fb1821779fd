package io.callsight.speech.measures;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds when a channel's party talks from the signal's level: 10 ms frames at or above the talk
 * threshold are talk, pauses shorter than the bridge are closed, and talk shorter than the minimum
 * is dropped. Also measures the talk's loudness.
 */
public final class VoiceActivity {
  /** Analysis frame: short enough for 10 ms timing, long enough for a stable level. */
  public static final int FRAME_MS = 10;

  private static final double FULL_SCALE_POWER = 32768.0 * 32768.0;

  private VoiceActivity() {}

  public static ChannelActivity analyse(short[] samples, int sampleRate, MeasureSettings settings) {
    double[] power = framePowers(samples, sampleRate);
    double threshold = Math.pow(10, settings.talkThresholdDbfs() / 10);
    List<Span> talk = talkSpans(power, threshold, settings);
    double sum = 0;
    double peak = 0;
    long frames = 0;
    for (Span s : talk) {
      for (int f = (int) (s.startMs() / FRAME_MS); f < s.endMs() / FRAME_MS; f++) {
        // Pauses bridged inside talk are not part of how loud the party speaks.
        if (power[f] >= threshold) {
          sum += power[f];
          peak = Math.max(peak, power[f]);
          frames++;
        }
      }
    }
    return new ChannelActivity(talk, frames == 0 ? 0 : sum / frames, peak, frames);
  }

  /** Mean squared sample of each 10 ms frame, relative to full scale; a last partial frame too. */
  static double[] framePowers(short[] samples, int sampleRate) {
    int frames =
        (int)
            (((long) samples.length * 1000 + (long) sampleRate * FRAME_MS - 1)
                / ((long) sampleRate * FRAME_MS));
    double[] power = new double[frames];
    for (int f = 0; f < frames; f++) {
      int from = (int) ((long) f * sampleRate * FRAME_MS / 1000);
      int to = (int) Math.min(samples.length, (long) (f + 1) * sampleRate * FRAME_MS / 1000);
      double sum = 0;
      for (int i = from; i < to; i++) {
        sum += (double) samples[i] * samples[i];
      }
      power[f] = to > from ? sum / (to - from) / FULL_SCALE_POWER : 0;
    }
    return power;
  }

  private static List<Span> talkSpans(double[] power, double threshold, MeasureSettings s) {
    List<Span> raw = new ArrayList<>();
    int start = -1;
    for (int f = 0; f <= power.length; f++) {
      boolean loud = f < power.length && power[f] >= threshold;
      if (loud && start < 0) {
        start = f;
      } else if (!loud && start >= 0) {
        raw.add(new Span((long) start * FRAME_MS, (long) f * FRAME_MS));
        start = -1;
      }
    }
    List<Span> bridged = new ArrayList<>();
    for (Span sp : raw) {
      Span last = bridged.isEmpty() ? null : bridged.get(bridged.size() - 1);
      if (last != null && sp.startMs() - last.endMs() < s.bridge().toMillis()) {
        bridged.set(bridged.size() - 1, new Span(last.startMs(), sp.endMs()));
      } else {
        bridged.add(sp);
      }
    }
    bridged.removeIf(sp -> sp.lengthMs() < s.minTalk().toMillis());
    return bridged;
  }
}
