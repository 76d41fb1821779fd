package io.callsight.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.schemas.AudioCodec;
import io.callsight.speech.synthetic.G711Encoder;
import io.callsight.speech.synthetic.ToneTrack;
import io.callsight.speech.synthetic.WavWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WavDecoderTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {8_000, 16_000, 22_050, 44_100, 48_000})
  void pcmStereoDecodesSampleForSampleAtEveryTelephoneAndStudioRate(int rate) throws Exception {
    short[] left = ToneTrack.silence(rate, 1_000).burst(100, 400).samples();
    short[] right = ToneTrack.silence(rate, 1_000).burst(500, 900, 1_000, 3_000).samples();
    Path file = WavWriter.write(dir.resolve("call.wav"), rate, AudioCodec.PCM_S16LE, left, right);

    Audio audio = WavDecoder.decode(file);

    assertThat(audio.sampleRate()).isEqualTo(rate);
    assertThat(audio.codec()).isEqualTo(AudioCodec.PCM_S16LE);
    assertThat(audio.channels()[0]).isEqualTo(left);
    assertThat(audio.channels()[1]).isEqualTo(right);
    assertThat(audio.durationMs()).isEqualTo(1_000);
  }

  @Test
  void monoPcmDecodesToOneChannel() throws Exception {
    short[] samples = ToneTrack.silence(16_000, 500).burst(0, 250).samples();
    Path file = WavWriter.write(dir.resolve("m.wav"), 16_000, AudioCodec.PCM_S16LE, samples);
    Audio audio = WavDecoder.decode(file);
    assertThat(audio.channelCount()).isEqualTo(1);
    assertThat(audio.channels()[0]).isEqualTo(samples);
  }

  @Test
  void ulawAndAlawStereoDecodeToTheLinearValuesOfTheirBytes() throws Exception {
    short[] left = ToneTrack.silence(8_000, 300).burst(0, 300, 440, 12_000).samples();
    short[] right = ToneTrack.silence(8_000, 300).burst(0, 300, 1_000, 700).samples();
    for (AudioCodec codec : new AudioCodec[] {AudioCodec.PCM_MULAW, AudioCodec.PCM_ALAW}) {
      Path file = WavWriter.write(dir.resolve(codec.json() + ".wav"), 8_000, codec, left, right);
      Audio audio = WavDecoder.decode(file);
      assertThat(audio.codec()).isEqualTo(codec);
      for (int i = 0; i < left.length; i++) {
        short l = left[i];
        short r = right[i];
        short expectLeft =
            codec == AudioCodec.PCM_MULAW
                ? G711.ulawToLinear(G711Encoder.ulaw(l))
                : G711.alawToLinear(G711Encoder.alaw(l));
        short expectRight =
            codec == AudioCodec.PCM_MULAW
                ? G711.ulawToLinear(G711Encoder.ulaw(r))
                : G711.alawToLinear(G711Encoder.alaw(r));
        assertThat(audio.channels()[0][i]).isEqualTo(expectLeft);
        assertThat(audio.channels()[1][i]).isEqualTo(expectRight);
        assertThat(Math.abs(audio.channels()[0][i] - l)).isLessThanOrEqualTo(400);
      }
    }
  }

  @Test
  void chunksBeforeTheDataAreSkippedIncludingOddSizedOnes() throws Exception {
    byte[] plain = WavWriter.bytes(8_000, AudioCodec.PCM_S16LE, new short[] {1, -2, 3, -4});
    // Insert a 5-byte LIST chunk (padded to 6) between fmt and data.
    byte[] list = {'L', 'I', 'S', 'T', 5, 0, 0, 0, 'I', 'N', 'F', 'O', 'x', 0};
    byte[] file = new byte[plain.length + list.length];
    System.arraycopy(plain, 0, file, 0, 36);
    System.arraycopy(list, 0, file, 36, list.length);
    System.arraycopy(plain, 36, file, 36 + list.length, plain.length - 36);
    ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(4, file.length - 8);
    Path path = Files.write(dir.resolve("list.wav"), file);
    assertThat(WavDecoder.decode(path).channels()[0]).containsExactly(1, -2, 3, -4);
  }

  @Test
  void streamingLengthMarkerReadsToTheEndOfTheFile() throws Exception {
    byte[] file = WavWriter.bytes(8_000, AudioCodec.PCM_S16LE, new short[] {5, 6, 7});
    ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(40, -1);
    Path path = Files.write(dir.resolve("stream.wav"), file);
    assertThat(WavDecoder.decode(path).channels()[0]).containsExactly(5, 6, 7);
  }

  @Test
  void truncatedFileNamesTheFileAndTheMissingBytes() throws Exception {
    byte[] whole =
        WavWriter.bytes(
            8_000, AudioCodec.PCM_S16LE, ToneTrack.silence(8_000, 1_000).burst(0, 500).samples());
    Path path = Files.write(dir.resolve("cut.wav"), Arrays.copyOf(whole, 10_044));
    assertThatThrownBy(() -> WavDecoder.decode(path))
        .isInstanceOf(BadAudioException.class)
        .hasMessageStartingWith(path.toString())
        .hasMessageContaining("truncated: the header declares 16,000 bytes of audio")
        .hasMessageContaining("holds 10,000");
  }

  @Test
  void fileCutInsideTheHeaderHasNoDataChunk() throws Exception {
    byte[] whole = WavWriter.bytes(8_000, AudioCodec.PCM_S16LE, new short[100]);
    Path path = Files.write(dir.resolve("head.wav"), Arrays.copyOf(whole, 38));
    assertThatThrownBy(() -> WavDecoder.decode(path))
        .isInstanceOf(BadAudioException.class)
        .hasMessageContaining("no data chunk in its 38 bytes");
  }

  @Test
  void notAWavFileSaysWhatItStartsWith() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.wav"), "ID3 this is an mp3, honestly");
    assertThatThrownBy(() -> WavDecoder.decode(text))
        .isInstanceOf(BadAudioException.class)
        .hasMessageContaining("not a WAV file: it starts with 'ID3 this is '");
    Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
    assertThatThrownBy(() -> WavDecoder.decode(empty))
        .hasMessageContaining("not a WAV file: it holds only 0 bytes");
  }

  @Test
  void missingFileIsBadAudioNamingIt() {
    Path missing = dir.resolve("gone.wav");
    assertThatThrownBy(() -> WavDecoder.decode(missing))
        .isInstanceOf(BadAudioException.class)
        .hasMessage(missing + ": the file does not exist");
  }

  @Test
  void unsupportedCodecsAreNamedWithWhatToDo() throws Exception {
    assertThatThrownBy(() -> WavDecoder.decode(withFormat(1, 1, 24, 3)))
        .hasMessageContaining("unsupported codec: 24-bit PCM")
        .hasMessageContaining("convert with sox or ffmpeg");
    assertThatThrownBy(() -> WavDecoder.decode(withFormat(3, 1, 32, 4)))
        .hasMessageContaining("unsupported codec: 32-bit IEEE float");
    assertThatThrownBy(() -> WavDecoder.decode(withFormat(0x31, 1, 0, 65)))
        .hasMessageContaining("unsupported codec: GSM 6.10");
    assertThatThrownBy(() -> WavDecoder.decode(withFormat(1, 3, 16, 6)))
        .hasMessageContaining("unsupported: 3 channels (only mono and stereo are read)");
    assertThatThrownBy(() -> WavDecoder.decode(withFormat(1, 2, 16, 2)))
        .hasMessageContaining("block align 2 does not fit 2 channels of 16-bit samples");
  }

  @Test
  void dataNotAWholeNumberOfFramesIsCorrupt() throws Exception {
    byte[] file =
        WavWriter.bytes(8_000, AudioCodec.PCM_S16LE, new short[] {1, 2}, new short[] {3, 4});
    ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 6);
    Path path = Files.write(dir.resolve("odd.wav"), file);
    assertThatThrownBy(() -> WavDecoder.decode(path))
        .hasMessageContaining("6 bytes of audio are not a whole number of 4-byte sample frames");
  }

  @Test
  void headerAloneGivesFormatAndLength() throws Exception {
    Path file =
        WavWriter.write(
            dir.resolve("a.wav"),
            8_000,
            AudioCodec.PCM_ALAW,
            new short[8_000 * 3],
            new short[8_000 * 3]);
    WavFormat f = WavHeader.read(file);
    assertThat(f.codec()).isEqualTo(AudioCodec.PCM_ALAW);
    assertThat(f.channels()).isEqualTo(2);
    assertThat(f.durationMs()).isEqualTo(3_000);
    assertThat(f.dataOffset()).isEqualTo(58);
  }

  /** A PCM-shaped file with the given fmt fields and a little data. */
  private Path withFormat(int tag, int channels, int bits, int blockAlign) throws Exception {
    byte[] file = WavWriter.bytes(8_000, AudioCodec.PCM_S16LE, new short[12]);
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort(20, (short) tag).putShort(22, (short) channels);
    b.putShort(32, (short) blockAlign).putShort(34, (short) bits);
    return Files.write(dir.resolve("fmt-" + tag + "-" + channels + "-" + bits + ".wav"), file);
  }
}
