package io.callsight.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.speech.synthetic.G711Encoder;
import org.junit.jupiter.api.Test;

class G711Test {
  @Test
  void ulawDecodesTheTableValuesOfG711() {
    assertThat(G711.ulawToLinear((byte) 0xFF)).isEqualTo((short) 0);
    assertThat(G711.ulawToLinear((byte) 0x7F)).isEqualTo((short) 0);
    assertThat(G711.ulawToLinear((byte) 0x80)).isEqualTo((short) 32124);
    assertThat(G711.ulawToLinear((byte) 0x00)).isEqualTo((short) -32124);
    assertThat(G711.ulawToLinear((byte) 0xF0)).isEqualTo((short) 120);
    assertThat(G711.ulawToLinear((byte) 0x70)).isEqualTo((short) -120);
    assertThat(G711.ulawToLinear((byte) 0xEF)).isEqualTo((short) 132);
  }

  @Test
  void alawDecodesTheTableValuesOfG711() {
    assertThat(G711.alawToLinear((byte) 0xD5)).isEqualTo((short) 8);
    assertThat(G711.alawToLinear((byte) 0x55)).isEqualTo((short) -8);
    assertThat(G711.alawToLinear((byte) 0xAA)).isEqualTo((short) 32256);
    assertThat(G711.alawToLinear((byte) 0x2A)).isEqualTo((short) -32256);
    assertThat(G711.alawToLinear((byte) 0xC5)).isEqualTo((short) 264);
  }

  @Test
  void everySampleSurvivesEncodingWithinItsQuantisationStep() {
    for (int s = Short.MIN_VALUE; s <= Short.MAX_VALUE; s++) {
      short sample = (short) s;
      int magnitude = Math.abs(s);
      // Both laws keep about 4 bits of mantissa: the step is about 1/16 of the magnitude.
      int tolerance = Math.max(16, magnitude / 16);
      assertThat(Math.abs(G711.ulawToLinear(G711Encoder.ulaw(sample)) - s))
          .as("µ-law %d", s)
          .isLessThanOrEqualTo(tolerance + (magnitude > 32_000 ? 700 : 0));
      assertThat(Math.abs(G711.alawToLinear(G711Encoder.alaw(sample)) - s))
          .as("A-law %d", s)
          .isLessThanOrEqualTo(tolerance);
    }
  }
}
