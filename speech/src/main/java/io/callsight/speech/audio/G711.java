package io.callsight.speech.audio;

/**
 * G.711 µ-law and A-law to 16-bit linear PCM (ITU-T G.711), by lookup table: the two telephone
 * codecs switches record in.
 */
public final class G711 {
  private static final short[] ULAW = new short[256];
  private static final short[] ALAW = new short[256];

  static {
    for (int i = 0; i < 256; i++) {
      ULAW[i] = ulaw(i);
      ALAW[i] = alaw(i);
    }
  }

  private G711() {}

  /** The linear sample of a µ-law byte (0xFF and 0x7F are the two zeros). */
  public static short ulawToLinear(byte b) {
    return ULAW[b & 0xFF];
  }

  /** The linear sample of an A-law byte (0xD5 and 0x55 are the two smallest magnitudes). */
  public static short alawToLinear(byte b) {
    return ALAW[b & 0xFF];
  }

  private static short ulaw(int code) {
    int u = ~code & 0xFF;
    int exponent = (u >> 4) & 0x07;
    int mantissa = u & 0x0F;
    int magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
    return (short) ((u & 0x80) != 0 ? -magnitude : magnitude);
  }

  private static short alaw(int code) {
    int a = code ^ 0x55;
    int exponent = (a >> 4) & 0x07;
    int mantissa = a & 0x0F;
    int magnitude =
        exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
    return (short) ((a & 0x80) != 0 ? magnitude : -magnitude);
  }
}
