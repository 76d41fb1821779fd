package io.callsight.speech.synthetic;

/**
 * One channel of test audio: silence with tone bursts at known times, standing in for words. The
 * toy model hears each burst as one word; the conversation measures see talk exactly where the
 * bursts are.
 */
public final class ToneTrack {
  public static final double DEFAULT_HZ = 440;
  public static final int DEFAULT_AMPLITUDE = 8_000;

  private final int sampleRate;
  private final short[] samples;

  private ToneTrack(int sampleRate, long durationMs) {
    this.sampleRate = sampleRate;
    this.samples = new short[(int) (durationMs * sampleRate / 1000)];
  }

  public static ToneTrack silence(int sampleRate, long durationMs) {
    return new ToneTrack(sampleRate, durationMs);
  }

  /** A 440 Hz burst at amplitude 8,000 (about -15 dBFS) from {@code startMs} to {@code endMs}. */
  public ToneTrack burst(long startMs, long endMs) {
    return burst(startMs, endMs, DEFAULT_HZ, DEFAULT_AMPLITUDE);
  }

  public ToneTrack burst(long startMs, long endMs, double hz, int amplitude) {
    int from = (int) (startMs * sampleRate / 1000);
    int to = (int) Math.min(samples.length, endMs * sampleRate / 1000);
    for (int i = from; i < to; i++) {
      samples[i] =
          (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * (i - from) / sampleRate));
    }
    return this;
  }

  /** Bursts for {@code [start, end]} pairs of milliseconds. */
  public ToneTrack bursts(long... startEndPairs) {
    for (int i = 0; i + 1 < startEndPairs.length; i += 2) {
      burst(startEndPairs[i], startEndPairs[i + 1]);
    }
    return this;
  }

  public short[] samples() {
    return samples.clone();
  }

  public int sampleRate() {
    return sampleRate;
  }
}
