package io.callsight.speech.synthetic;

import io.callsight.schemas.AudioCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes WAV files as switches do: 16-bit PCM, or G.711 µ-law/A-law (with the fact chunk those
 * carry), mono or stereo, at any rate.
 */
public final class WavWriter {
  private WavWriter() {}

  /** Writes the channels (0 = left) interleaved into a WAV file and returns its path. */
  public static Path write(Path file, int sampleRate, AudioCodec codec, short[]... channels) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes(sampleRate, codec, channels));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The bytes of such a file. */
  public static byte[] bytes(int sampleRate, AudioCodec codec, short[]... channels) {
    int frames = channels[0].length;
    int sampleBytes = codec == AudioCodec.PCM_S16LE ? 2 : 1;
    int dataBytes = frames * channels.length * sampleBytes;
    boolean g711 = codec != AudioCodec.PCM_S16LE;
    int fmtBytes = g711 ? 18 : 16;
    int factBytes = g711 ? 12 : 0;
    int total = 12 + 8 + fmtBytes + factBytes + 8 + dataBytes + (dataBytes & 1);
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(total - 8);
    b.put("WAVE".getBytes(StandardCharsets.US_ASCII));
    b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(fmtBytes);
    int tag =
        switch (codec) {
          case PCM_S16LE -> 1;
          case PCM_ALAW -> 6;
          case PCM_MULAW -> 7;
        };
    b.putShort((short) tag).putShort((short) channels.length).putInt(sampleRate);
    b.putInt(sampleRate * channels.length * sampleBytes);
    b.putShort((short) (channels.length * sampleBytes)).putShort((short) (8 * sampleBytes));
    if (g711) {
      b.putShort((short) 0);
      b.put("fact".getBytes(StandardCharsets.US_ASCII)).putInt(4).putInt(frames);
    }
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
    for (int i = 0; i < frames; i++) {
      for (short[] channel : channels) {
        switch (codec) {
          case PCM_S16LE -> b.putShort(channel[i]);
          case PCM_MULAW -> b.put(G711Encoder.ulaw(channel[i]));
          case PCM_ALAW -> b.put(G711Encoder.alaw(channel[i]));
        }
      }
    }
    return b.array();
  }
}
