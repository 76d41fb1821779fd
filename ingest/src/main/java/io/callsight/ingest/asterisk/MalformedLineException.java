package io.callsight.ingest.asterisk;

/** A queue_log line that cannot be read; the message says which field and what is wrong. */
final class MalformedLineException extends Exception {
  MalformedLineException(String message) {
    super(message);
  }
}
