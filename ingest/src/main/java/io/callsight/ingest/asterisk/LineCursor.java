package io.callsight.ingest.asterisk;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads one file's lines from a byte offset, a chunk at a time, and remembers how far it got. Only
 * lines that end in a newline are taken, unless the caller knows the file is finished.
 */
final class LineCursor implements Closeable {
  private static final int CHUNK = 64 * 1024;

  /** Receives each line with its location, {@code name:lineNumber}. */
  interface LineHandler {
    void line(String text, String location);
  }

  private final Path path;
  private final String fileKey;
  private final RandomAccessFile file;
  private final byte[] buffer = new byte[CHUNK];
  private long offset;
  private long line;

  private LineCursor(Path path, String fileKey, RandomAccessFile file, long offset, long line) {
    this.path = path;
    this.fileKey = fileKey;
    this.file = file;
    this.offset = offset;
    this.line = line;
  }

  /**
   * Opens a file at a byte offset that starts line {@code line + 1}.
   *
   * @throws IOException also when the file was replaced while being opened
   */
  static LineCursor open(Path path, long offset, long line) throws IOException {
    String before = fileKey(path).orElseThrow(() -> new NoSuchFileException(path.toString()));
    RandomAccessFile file = new RandomAccessFile(path.toFile(), "r");
    if (!fileKey(path).equals(Optional.of(before))) {
      file.close();
      throw new IOException(path + " was replaced while being opened");
    }
    return new LineCursor(path, before, file, offset, line);
  }

  /**
   * The identity of the file now at {@code path} (its inode on Linux), empty when there is none.
   * Empty text on file systems without file keys, where rotation cannot be told from the name.
   */
  static Optional<String> fileKey(Path path) throws IOException {
    try {
      Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
      return Optional.of(key == null ? "" : key.toString());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Hands over the lines in the next chunk.
   *
   * @param finished whether the file will not grow any more, so a last line without a newline is
   *     complete
   * @return the bytes consumed; 0 when no complete line is there yet
   */
  int read(LineHandler handler, boolean finished) throws IOException {
    file.seek(offset);
    int n = file.read(buffer, 0, CHUNK);
    if (n <= 0) {
      return 0;
    }
    int start = 0;
    for (int i = 0; i < n; i++) {
      if (buffer[i] == '\n') {
        emit(handler, start, i);
        start = i + 1;
      }
    }
    // A line longer than a chunk is handed over in pieces rather than blocking the file forever.
    boolean overlong = start == 0 && n == CHUNK;
    boolean lastOfFinishedFile = finished && start < n && offset + n >= file.length();
    if (overlong || lastOfFinishedFile) {
      emit(handler, start, n);
      start = n;
    }
    offset += start;
    return start;
  }

  private void emit(LineHandler handler, int from, int to) {
    line++;
    handler.line(
        new String(buffer, from, to - from, StandardCharsets.UTF_8),
        path.getFileName() + ":" + line);
  }

  /** Where reading would go on, for the offset store. */
  ReadPosition position() {
    return new ReadPosition(path.toString(), fileKey, offset, line);
  }

  Path path() {
    return path;
  }

  String fileKey() {
    return fileKey;
  }

  long offset() {
    return offset;
  }

  /** The file's length now (it may be growing). */
  long length() throws IOException {
    return file.length();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
