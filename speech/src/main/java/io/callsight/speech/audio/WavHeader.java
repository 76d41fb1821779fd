package io.callsight.speech.audio;

import io.callsight.schemas.AudioCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Reads a WAV (RIFF) header: the fmt chunk and where the data chunk is, walking past any other
 * chunk (LIST, fact, bext). Refuses what it cannot vouch for, saying why: not RIFF/WAVE, a codec
 * other than 16-bit PCM or G.711, more than two channels, or data the file does not hold.
 */
public final class WavHeader {
  private static final int FORMAT_PCM = 1;
  private static final int FORMAT_FLOAT = 3;
  private static final int FORMAT_ALAW = 6;
  private static final int FORMAT_MULAW = 7;
  private static final int FORMAT_EXTENSIBLE = 0xFFFE;
  private static final long UNKNOWN_LENGTH = 0xFFFF_FFFFL;
  private static final int MIN_RATE = 4_000;
  private static final int MAX_RATE = 192_000;

  private WavHeader() {}

  /** The format of the WAV file at {@code file}. */
  public static WavFormat read(Path file) throws BadAudioException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return read(file, channel);
    } catch (NoSuchFileException e) {
      throw new BadAudioException(file, "the file does not exist", e);
    } catch (IOException e) {
      throw new BadAudioException(file, "cannot be read: " + e, e);
    }
  }

  static WavFormat read(Path file, FileChannel channel) throws IOException, BadAudioException {
    long size = channel.size();
    ByteBuffer riff = readAt(channel, 0, 12);
    if (riff.remaining() < 12) {
      throw new BadAudioException(
          file, "not a WAV file: it holds only " + size + " bytes, fewer than a RIFF header");
    }
    String magic = fourCc(riff, 0);
    String wave = fourCc(riff, 8);
    if (magic.equals("RF64") || magic.equals("RIFX")) {
      throw new BadAudioException(
          file, "unsupported WAV variant " + magic + ": only little-endian RIFF WAV is read");
    }
    if (!magic.equals("RIFF") || !wave.equals("WAVE")) {
      throw new BadAudioException(
          file,
          "not a WAV file: it starts with " + printable(riff, 12) + " instead of RIFF....WAVE");
    }
    Fmt fmt = null;
    long position = 12;
    while (position + 8 <= size) {
      ByteBuffer chunk = readAt(channel, position, 8);
      String id = fourCc(chunk, 0);
      long length = Integer.toUnsignedLong(chunk.getInt(4));
      long body = position + 8;
      if (id.equals("fmt ")) {
        if (length < 16 || body + length > size) {
          throw new BadAudioException(
              file, "corrupt fmt chunk: " + length + " bytes where at least 16 are needed");
        }
        fmt = Fmt.parse(file, readAt(channel, body, (int) Math.min(length, 64)));
      } else if (id.equals("data")) {
        if (fmt == null) {
          throw new BadAudioException(file, "corrupt: the data chunk comes before the fmt chunk");
        }
        return dataOf(file, fmt, body, length, size);
      }
      position = body + length + (length & 1);
    }
    throw new BadAudioException(
        file,
        (fmt == null ? "no fmt chunk" : "no data chunk")
            + " in its "
            + size
            + " bytes (truncated, or still being written?)");
  }

  private static WavFormat dataOf(Path file, Fmt fmt, long offset, long declared, long size)
      throws BadAudioException {
    long available = size - offset;
    // Streaming writers that cannot seek back mark the length as unknown: the data runs to the end.
    long bytes = declared == UNKNOWN_LENGTH ? available : declared;
    if (bytes > available) {
      throw new BadAudioException(
          file,
          String.format(
              Locale.ROOT,
              "truncated: the header declares %,d bytes of audio but the file holds %,d after the"
                  + " header",
              bytes,
              available));
    }
    int frameBytes = fmt.channels * (fmt.codec == AudioCodec.PCM_S16LE ? 2 : 1);
    if (declared == UNKNOWN_LENGTH) {
      bytes -= bytes % frameBytes;
    } else if (bytes % frameBytes != 0) {
      throw new BadAudioException(
          file,
          "corrupt: "
              + bytes
              + " bytes of audio are not a whole number of "
              + frameBytes
              + "-byte sample frames");
    }
    return new WavFormat(fmt.codec, fmt.sampleRate, fmt.channels, offset, bytes);
  }

  private record Fmt(AudioCodec codec, int sampleRate, int channels) {
    static Fmt parse(Path file, ByteBuffer b) throws BadAudioException {
      int tag = Short.toUnsignedInt(b.getShort(0));
      int channels = Short.toUnsignedInt(b.getShort(2));
      long rate = Integer.toUnsignedLong(b.getInt(4));
      int blockAlign = Short.toUnsignedInt(b.getShort(12));
      int bits = Short.toUnsignedInt(b.getShort(14));
      if (tag == FORMAT_EXTENSIBLE && b.limit() >= 26) {
        // WAVE_FORMAT_EXTENSIBLE keeps the real format tag in the first two bytes of its GUID.
        tag = Short.toUnsignedInt(b.getShort(24));
      }
      AudioCodec codec = codecOf(file, tag, bits);
      if (channels < 1 || channels > 2) {
        throw new BadAudioException(
            file, "unsupported: " + channels + " channels (only mono and stereo are read)");
      }
      if (rate < MIN_RATE || rate > MAX_RATE) {
        throw new BadAudioException(
            file,
            "unsupported sample rate "
                + rate
                + " Hz (expected "
                + MIN_RATE
                + " to "
                + MAX_RATE
                + ")");
      }
      int expectedAlign = channels * (codec == AudioCodec.PCM_S16LE ? 2 : 1);
      if (blockAlign != expectedAlign) {
        throw new BadAudioException(
            file,
            "corrupt fmt chunk: block align "
                + blockAlign
                + " does not fit "
                + channels
                + " channels of "
                + bits
                + "-bit samples");
      }
      return new Fmt(codec, (int) rate, channels);
    }

    private static AudioCodec codecOf(Path file, int tag, int bits) throws BadAudioException {
      if (tag == FORMAT_PCM && bits == 16) {
        return AudioCodec.PCM_S16LE;
      }
      if (tag == FORMAT_MULAW && bits == 8) {
        return AudioCodec.PCM_MULAW;
      }
      if (tag == FORMAT_ALAW && bits == 8) {
        return AudioCodec.PCM_ALAW;
      }
      String what =
          switch (tag) {
            case FORMAT_PCM -> bits + "-bit PCM";
            case FORMAT_FLOAT -> bits + "-bit IEEE float";
            case FORMAT_ALAW, FORMAT_MULAW ->
                (tag == FORMAT_ALAW ? "A-law" : "µ-law") + " with " + bits + "-bit samples";
            case 2 -> "Microsoft ADPCM";
            case 0x11 -> "IMA ADPCM";
            case 0x31 -> "GSM 6.10";
            case 0x55 -> "MP3";
            default -> "format tag 0x" + Integer.toHexString(tag);
          };
      throw new BadAudioException(
          file,
          "unsupported codec: "
              + what
              + " (CallSight reads 16-bit PCM, G.711 µ-law and A-law; convert with"
              + " sox or ffmpeg)");
    }
  }

  private static ByteBuffer readAt(FileChannel channel, long position, int length)
      throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (channel.read(b, position + b.position()) < 0) {
        break;
      }
    }
    return b.flip();
  }

  private static String fourCc(ByteBuffer b, int at) {
    byte[] id = new byte[4];
    for (int i = 0; i < 4; i++) {
      id[i] = b.get(at + i);
    }
    return new String(id, StandardCharsets.ISO_8859_1);
  }

  private static String printable(ByteBuffer b, int n) {
    StringBuilder s = new StringBuilder("'");
    for (int i = 0; i < Math.min(n, b.limit()); i++) {
      int c = b.get(i) & 0xFF;
      s.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02x", c));
    }
    return s.append("'").toString();
  }
}
