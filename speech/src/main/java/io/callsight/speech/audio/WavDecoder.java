package io.callsight.speech.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Decodes a WAV recording (16-bit PCM, G.711 µ-law or A-law; mono or stereo) to 16-bit samples. */
public final class WavDecoder {
  private static final int BLOCK = 1 << 16;

  private WavDecoder() {}

  public static Audio decode(Path file) throws BadAudioException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      WavFormat format = WavHeader.read(file, channel);
      if (format.frames() > Integer.MAX_VALUE) {
        throw new BadAudioException(file, "too long: " + format.durationMs() + " ms of audio");
      }
      return new Audio(format.sampleRate(), format.codec(), samples(channel, format));
    } catch (NoSuchFileException e) {
      throw new BadAudioException(file, "the file does not exist", e);
    } catch (IOException e) {
      throw new BadAudioException(file, "cannot be read: " + e, e);
    }
  }

  private static short[][] samples(FileChannel channel, WavFormat format) throws IOException {
    int frames = (int) format.frames();
    int channels = format.channels();
    short[][] out = new short[channels][frames];
    int frameBytes = format.frameBytes();
    ByteBuffer block =
        ByteBuffer.allocate(BLOCK - BLOCK % frameBytes).order(ByteOrder.LITTLE_ENDIAN);
    long position = format.dataOffset();
    long end = format.dataOffset() + format.dataBytes();
    int frame = 0;
    while (position < end) {
      block.clear().limit((int) Math.min(block.capacity(), end - position));
      while (block.hasRemaining()) {
        if (channel.read(block, position + block.position()) < 0) {
          throw new IOException("the file shrank while it was read");
        }
      }
      block.flip();
      position += block.limit();
      int n = block.limit() / frameBytes;
      switch (format.codec()) {
        case PCM_S16LE -> {
          for (int i = 0; i < n; i++, frame++) {
            for (int c = 0; c < channels; c++) {
              out[c][frame] = block.getShort();
            }
          }
        }
        case PCM_MULAW -> {
          for (int i = 0; i < n; i++, frame++) {
            for (int c = 0; c < channels; c++) {
              out[c][frame] = G711.ulawToLinear(block.get());
            }
          }
        }
        case PCM_ALAW -> {
          for (int i = 0; i < n; i++, frame++) {
            for (int c = 0; c < channels; c++) {
              out[c][frame] = G711.alawToLinear(block.get());
            }
          }
        }
      }
    }
    return out;
  }
}
