package io.callsight.cli;

import io.callsight.quality.CallFacts;
import io.callsight.quality.Conversation;
import io.callsight.quality.TranscriptCalls;
import io.callsight.quality.TranscriptText;
import io.callsight.quality.text.Language;
import io.callsight.schemas.InvalidRecordException;
import io.callsight.schemas.Json;
import io.callsight.schemas.Transcript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a transcript file for scoring: a {@code transcripts} topic record (JSON, as the
 * transcription job and {@code callsight transcribe} write it) or the plain-text format for people.
 */
final class TranscriptFiles {
  private TranscriptFiles() {}

  /** The file's text, checked to be readable UTF-8. */
  static String text(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** The language a file's transcript is in: a record's own, else guessed from its text. */
  static Language language(Path file, String text) {
    return text.stripLeading().startsWith("{")
        ? Language.of(record(file, text).language())
        : TranscriptText.guessLanguage(text);
  }

  private static Transcript record(Path file, String text) {
    try {
      return Json.fromBytes(text.getBytes(StandardCharsets.UTF_8), Transcript.class);
    } catch (InvalidRecordException e) {
      throw new IllegalArgumentException(file + ": not a transcripts record: " + e.getMessage());
    }
  }

  /** The call in a transcript file, in the given language. */
  static Conversation read(Path file, String text, Language language) {
    String head = text.stripLeading();
    // "[0:01] agent: ..." starts with a bracket too; JSON is an object or an array of objects.
    if (head.startsWith("{")) {
      return TranscriptCalls.of(record(file, text), CallFacts.NONE);
    }
    String callId = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return new Conversation(
        callId, language, TranscriptText.parse(text, language, file.toString()));
  }
}
