package io.callsight.speech.audio;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts 16-bit audio from one sample rate to another with a polyphase windowed-sinc filter
 * (Kaiser window): the rate ratio is reduced to up/down integers, and each output sample is one dot
 * product of the input with the filter phase that falls on it. The cut-off sits below the lower of
 * the two Nyquist frequencies, so downsampling does not alias and upsampling leaves no images. The
 * filter is symmetric: a sound keeps its time.
 */
public final class Resampler {
  /** Zero crossings of the sinc on each side, at the lower of the two rates. */
  private static final int ZERO_CROSSINGS = 16;

  private static final double KAISER_BETA = 8.0;

  /** The cut-off as a fraction of the lower Nyquist frequency: the rest is transition band. */
  private static final double ROLLOFF = 0.9;

  private static final Map<Long, Resampler> CACHE = new ConcurrentHashMap<>();

  private final int fromRate;
  private final int toRate;
  private final int up;
  private final int down;

  /** Taps on each side of the output instant, at the input rate. */
  private final int half;

  /** {@code bank[phase][k]} weighs input sample {@code centre - half + 1 + k}. */
  private final float[][] bank;

  private Resampler(int fromRate, int toRate) {
    this.fromRate = fromRate;
    this.toRate = toRate;
    int gcd = gcd(fromRate, toRate);
    this.up = toRate / gcd;
    this.down = fromRate / gcd;
    double cutoff = Math.min(1.0, (double) up / down) * ROLLOFF;
    this.half = (int) Math.ceil(ZERO_CROSSINGS / cutoff);
    this.bank = fromRate == toRate ? new float[0][] : filterBank(cutoff);
  }

  /** The resampler from one rate to another; the filter of a rate pair is built once. */
  public static Resampler of(int fromRate, int toRate) {
    if (fromRate <= 0 || toRate <= 0) {
      throw new IllegalArgumentException(
          "sample rates must be positive, were " + fromRate + " and " + toRate);
    }
    return CACHE.computeIfAbsent(
        ((long) fromRate << 32) | toRate, k -> new Resampler(fromRate, toRate));
  }

  public int fromRate() {
    return fromRate;
  }

  public int toRate() {
    return toRate;
  }

  /** Samples at the output rate for {@code inputSamples} at the input rate. */
  public long outputLength(long inputSamples) {
    return (inputSamples * up + down - 1) / down;
  }

  /** Resamples a whole signal. */
  public short[] resample(short[] in) {
    if (fromRate == toRate) {
      return in.clone();
    }
    Stream s = stream();
    short[] head = s.push(in, 0, in.length);
    short[] tail = s.finish();
    short[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  /** A resampling of one signal fed in pieces; the pieces' outputs join seamlessly. */
  public Stream stream() {
    return new Stream();
  }

  /** The state of one signal being resampled: the input still needed by coming outputs. */
  public final class Stream {
    private float[] buffer = new float[4096];

    /** Absolute input index of {@code buffer[0]}; inputs before 0 are silence. */
    private long bufferStart = -(half - 1);

    private int buffered = half - 1;
    private long received;
    private long centre;
    private int phase;
    private long produced;

    private Stream() {}

    /** Takes the next input samples; returns the output samples they complete. */
    public short[] push(short[] in, int offset, int length) {
      if (fromRate == toRate) {
        received += length;
        produced += length;
        return Arrays.copyOfRange(in, offset, offset + length);
      }
      ensureCapacity(length);
      for (int i = 0; i < length; i++) {
        buffer[buffered + i] = in[offset + i];
      }
      buffered += length;
      received += length;
      return drain(Long.MAX_VALUE);
    }

    /** Ends the signal: returns the outputs still owed, as if silence followed. */
    public short[] finish() {
      if (fromRate == toRate) {
        return new short[0];
      }
      ensureCapacity(half);
      Arrays.fill(buffer, buffered, buffered + half, 0f);
      buffered += half;
      return drain(outputLength(received));
    }

    private short[] drain(long outputLimit) {
      long available = bufferStart + buffered;
      int estimate = (int) Math.max(0, (available - centre) * up / down + 2);
      short[] out = new short[estimate];
      int n = 0;
      while (centre + half < available && produced < outputLimit) {
        if (n == out.length) {
          out = Arrays.copyOf(out, out.length * 2 + 16);
        }
        out[n++] = clip(dot(buffer, (int) (centre - half + 1 - bufferStart), bank[phase]));
        produced++;
        phase += down;
        centre += phase / up;
        phase %= up;
      }
      compact();
      return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Drops input no coming output needs. */
    private void compact() {
      int drop = (int) Math.min(buffered, Math.max(0, centre - half + 1 - bufferStart));
      if (drop > 0) {
        System.arraycopy(buffer, drop, buffer, 0, buffered - drop);
        buffered -= drop;
        bufferStart += drop;
      }
    }

    private void ensureCapacity(int more) {
      if (buffered + more > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, buffered + more));
      }
    }
  }

  private static float dot(float[] x, int from, float[] taps) {
    float sum = 0f;
    for (int k = 0; k < taps.length; k++) {
      sum += x[from + k] * taps[k];
    }
    return sum;
  }

  private static short clip(float v) {
    int r = Math.round(v);
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, r));
  }

  private float[][] filterBank(double cutoff) {
    float[][] b = new float[up][2 * half];
    double i0Beta = besselI0(KAISER_BETA);
    for (int p = 0; p < up; p++) {
      double sum = 0;
      double[] taps = new double[2 * half];
      for (int k = 0; k < 2 * half; k++) {
        // Distance from the output instant to the input sample, in input samples.
        double t = (half - 1 - k) + (double) p / up;
        double x = t / half;
        double window =
            Math.abs(x) >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / i0Beta;
        taps[k] = cutoff * sinc(cutoff * t) * window;
        sum += taps[k];
      }
      for (int k = 0; k < 2 * half; k++) {
        // Each phase passes DC unchanged, so no phase ripples the level.
        b[p][k] = (float) (taps[k] / sum);
      }
    }
    return b;
  }

  private static double sinc(double x) {
    return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
  }

  private static double besselI0(double x) {
    double sum = 1;
    double term = 1;
    for (int k = 1; k < 50; k++) {
      term *= (x / (2 * k)) * (x / (2 * k));
      sum += term;
      if (term < 1e-12 * sum) {
        break;
      }
    }
    return sum;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
