package io.callsight.speech.audio;

import io.callsight.schemas.AudioCodec;

/**
 * Decoded audio: one array of 16-bit samples per channel (0 = left), all at one sample rate.
 *
 * @param codec how the file had the samples encoded
 */
public record Audio(int sampleRate, AudioCodec codec, short[][] channels) {

  public int channelCount() {
    return channels.length;
  }

  public int frames() {
    return channels[0].length;
  }

  public long durationMs() {
    return (long) frames() * 1000 / sampleRate;
  }

  /** Both channels mixed into one, for a stereo file to be treated as a mono recording. */
  public Audio mono() {
    if (channels.length == 1) {
      return this;
    }
    short[] mixed = new short[frames()];
    short[] left = channels[0];
    short[] right = channels[1];
    for (int i = 0; i < mixed.length; i++) {
      mixed[i] = (short) ((left[i] + right[i]) / 2);
    }
    return new Audio(sampleRate, codec, new short[][] {mixed});
  }
}
