package io.callsight.ingest.asterisk;

/**
 * How far a queue_log file has been read: everything before {@code offset} (the first {@code line}
 * lines) went to the sink and was flushed.
 *
 * @param file the path the file had when it was read, for people reading the offsets file
 * @param fileKey the file's identity (its inode on Linux), which survives a rename by rotation
 */
public record ReadPosition(String file, String fileKey, long offset, long line) {}
