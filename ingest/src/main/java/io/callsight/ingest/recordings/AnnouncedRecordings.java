package io.callsight.ingest.recordings;

import java.util.List;

/**
 * What the recordings watcher has announced (or set aside), stored between runs so no file is
 * announced twice: each file by path, size and modification time.
 */
public record AnnouncedRecordings(List<Entry> files) {

  public AnnouncedRecordings {
    files = List.copyOf(files);
  }

  /**
   * @param recordingId the id it was announced with; null when it was dead-lettered instead
   */
  public record Entry(String path, long size, long modified, String recordingId) {}
}
