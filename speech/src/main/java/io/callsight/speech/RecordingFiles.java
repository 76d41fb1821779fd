package io.callsight.speech;

import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.Recording;
import io.callsight.speech.audio.BadAudioException;
import io.callsight.speech.audio.WavFormat;
import io.callsight.speech.audio.WavHeader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/** Turns a recording file into its {@code recordings} event, and an event back into its file. */
public final class RecordingFiles {
  private RecordingFiles() {}

  /** Who a recording belongs to, as its file name says. */
  public record Owner(String callId, String queue, String agentId) {}

  /**
   * Describes a finished WAV recording. A mono file is always {@link ChannelLayout#MONO}; a stereo
   * file gets {@code stereoLayout}.
   *
   * @throws BadAudioException when the file is not a WAV file CallSight can decode
   */
  public static Recording describe(
      Path file, Owner owner, ChannelLayout stereoLayout, String source) throws BadAudioException {
    WavFormat format = WavHeader.read(file);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new BadAudioException(file, "cannot be read: " + e, e);
    }
    URI uri = file.toAbsolutePath().normalize().toUri();
    long modified = attributes.lastModifiedTime().toMillis();
    return new Recording(
        recordingId(uri, attributes.size(), modified),
        owner.callId(),
        uri.toString(),
        format.codec(),
        format.sampleRate(),
        format.channels(),
        format.channels() == 1 ? ChannelLayout.MONO : stereoLayout,
        format.durationMs(),
        attributes.size(),
        Math.max(1, modified),
        owner.queue(),
        owner.agentId(),
        source);
  }

  /** The same file (path, size and time) always gets the same id. */
  static String recordingId(URI uri, long size, long modified) {
    return UUID.nameUUIDFromBytes(
            (uri + "|" + size + "|" + modified).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * The local file a recording event points at.
   *
   * @throws BadAudioException when the URI is not a local file
   */
  public static Path fileOf(Recording recording) throws BadAudioException {
    URI uri;
    try {
      uri = URI.create(recording.uri());
    } catch (IllegalArgumentException e) {
      throw new BadAudioException(Path.of(recording.uri()), "not a valid URI", e);
    }
    if (!"file".equals(uri.getScheme())) {
      throw new BadAudioException(
          Path.of(uri.getPath() == null ? recording.uri() : uri.getPath()),
          "only file: URIs can be read, was " + recording.uri());
    }
    return Path.of(uri);
  }
}
