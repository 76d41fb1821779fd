package io.callsight.speech.audio;

import io.callsight.schemas.AudioCodec;

/**
 * What a WAV header says: codec, rate and channels, and where the audio data lies in the file.
 *
 * @param dataOffset where the first sample frame starts in the file
 * @param dataBytes how many bytes of sample frames follow it
 */
public record WavFormat(
    AudioCodec codec, int sampleRate, int channels, long dataOffset, long dataBytes) {

  /** Bytes of one sample frame (one sample of every channel). */
  public int frameBytes() {
    return channels * bytesPerSample();
  }

  public int bytesPerSample() {
    return codec == AudioCodec.PCM_S16LE ? 2 : 1;
  }

  /** Sample frames in the data. */
  public long frames() {
    return dataBytes / frameBytes();
  }

  /** Length of the audio, rounded down to the millisecond. */
  public long durationMs() {
    return frames() * 1000 / sampleRate;
  }
}
