package io.callsight.speech.synthetic;

/** 16-bit linear samples to G.711 µ-law and A-law bytes (ITU-T G.711), for test recordings. */
public final class G711Encoder {
  private static final int ULAW_BIAS = 0x84;
  private static final int ULAW_CLIP = 32_635;
  private static final int[] ALAW_SEGMENT_ENDS = {
    0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF
  };

  private G711Encoder() {}

  public static byte ulaw(short sample) {
    int s = sample;
    int sign = (s >> 8) & 0x80;
    if (sign != 0) {
      s = -s;
    }
    s = Math.min(s, ULAW_CLIP) + ULAW_BIAS;
    int exponent = Math.min(7, 31 - Integer.numberOfLeadingZeros(s) - 7);
    int mantissa = (s >> (exponent + 3)) & 0x0F;
    return (byte) ~(sign | (exponent << 4) | mantissa);
  }

  public static byte alaw(short sample) {
    int pcm = sample >> 3;
    int mask;
    if (pcm >= 0) {
      mask = 0xD5;
    } else {
      mask = 0x55;
      pcm = -pcm - 1;
    }
    int segment = 0;
    while (segment < 8 && pcm > ALAW_SEGMENT_ENDS[segment]) {
      segment++;
    }
    if (segment >= 8) {
      return (byte) (0x7F ^ mask);
    }
    int value = segment << 4;
    value |= segment < 2 ? (pcm >> 1) & 0x0F : (pcm >> segment) & 0x0F;
    return (byte) (value ^ mask);
  }
}
