package io.callsight.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callsight.speech.synthetic.ToneTrack;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {
  @ParameterizedTest
  @CsvSource({"8000,16000", "22050,16000", "44100,16000", "48000,16000", "16000,8000"})
  void aToneInThePassbandKeepsItsLevelAndPitch(int from, int to) {
    short[] tone = ToneTrack.silence(from, 2_000).burst(0, 2_000, 1_000, 10_000).samples();

    short[] out = Resampler.of(from, to).resample(tone);

    assertThat(out.length).isEqualTo((int) Math.ceil(tone.length * (double) to / from));
    // Away from the ends, where the filter sees the tone start and stop.
    short[] middle = Arrays.copyOfRange(out, to / 10, out.length - to / 10);
    assertThat(levelDb(middle)).isCloseTo(levelDb(10_000 / Math.sqrt(2)), within(0.1));
    assertThat(goertzelShare(middle, to, 1_000)).isGreaterThan(0.999);
  }

  @Test
  void toneAboveTheNewNyquistIsFilteredOutNotAliased() {
    // 10 kHz at 44.1 kHz would alias to 6 kHz at 16 kHz without the low-pass.
    short[] tone = ToneTrack.silence(44_100, 1_000).burst(0, 1_000, 10_000, 20_000).samples();
    short[] out = Resampler.of(44_100, 16_000).resample(tone);
    short[] middle = Arrays.copyOfRange(out, 1_600, out.length - 1_600);
    assertThat(levelDb(middle) - levelDb(20_000 / Math.sqrt(2))).isLessThan(-70);
  }

  @Test
  void upsamplingLeavesNoImages() {
    // 3 kHz at 8 kHz: an image would sit at 5 kHz at 16 kHz.
    short[] tone = ToneTrack.silence(8_000, 1_000).burst(0, 1_000, 3_000, 10_000).samples();
    short[] out = Resampler.of(8_000, 16_000).resample(tone);
    short[] middle = Arrays.copyOfRange(out, 1_600, out.length - 1_600);
    double image = goertzelPower(middle, 16_000, 5_000);
    double wanted = goertzelPower(middle, 16_000, 3_000);
    assertThat(10 * Math.log10(image / wanted)).isLessThan(-50);
  }

  @Test
  void aBurstKeepsItsTimeThroughTheFilter() {
    short[] in = ToneTrack.silence(8_000, 1_000).burst(500, 700, 1_000, 10_000).samples();
    short[] out = Resampler.of(8_000, 16_000).resample(in);
    int first = firstAbove(out, 1_000);
    int last = lastAbove(out, 1_000);
    assertThat(first / 16.0).isCloseTo(500, within(1.0));
    assertThat(last / 16.0).isCloseTo(700, within(1.0));
  }

  @Test
  void feedingInPiecesGivesExactlyTheWholeSignalsOutput() {
    short[] in = ToneTrack.silence(22_050, 1_000).burst(100, 800, 700, 9_000).samples();
    Resampler r = Resampler.of(22_050, 16_000);
    short[] whole = r.resample(in);
    Resampler.Stream s = r.stream();
    short[] pieces = new short[0];
    int[] sizes = {1, 7, 1_000, 333, 4_410, 1};
    int at = 0;
    for (int i = 0; at < in.length; i++) {
      int n = Math.min(sizes[i % sizes.length], in.length - at);
      pieces = concat(pieces, s.push(in, at, n));
      at += n;
    }
    pieces = concat(pieces, s.finish());
    assertThat(pieces).isEqualTo(whole);
  }

  @Test
  void sameRateIsACopy() {
    short[] in = {1, 2, 3};
    assertThat(Resampler.of(16_000, 16_000).resample(in)).containsExactly(1, 2, 3);
  }

  private static short[] concat(short[] a, short[] b) {
    short[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static double levelDb(short[] x) {
    double sum = 0;
    for (short v : x) {
      sum += (double) v * v;
    }
    return levelDb(Math.sqrt(sum / x.length));
  }

  private static double levelDb(double rms) {
    return 20 * Math.log10(rms);
  }

  /** The share of the signal's power at one frequency. */
  private static double goertzelShare(short[] x, int rate, double hz) {
    double total = 0;
    for (short v : x) {
      total += (double) v * v;
    }
    return goertzelPower(x, rate, hz) / total;
  }

  /** Power at one frequency (Goertzel), scaled to compare with the sum of squares. */
  private static double goertzelPower(short[] x, int rate, double hz) {
    double w = 2 * Math.PI * hz / rate;
    double coeff = 2 * Math.cos(w);
    double s1 = 0;
    double s2 = 0;
    for (short v : x) {
      double s0 = v + coeff * s1 - s2;
      s2 = s1;
      s1 = s0;
    }
    double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return 2 * power / x.length;
  }

  private static int firstAbove(short[] x, int level) {
    for (int i = 0; i < x.length; i++) {
      if (Math.abs(x[i]) > level) {
        return i;
      }
    }
    return -1;
  }

  private static int lastAbove(short[] x, int level) {
    for (int i = x.length - 1; i >= 0; i--) {
      if (Math.abs(x[i]) > level) {
        return i;
      }
    }
    return -1;
  }
}
