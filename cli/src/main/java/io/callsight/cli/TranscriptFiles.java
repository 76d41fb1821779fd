package io.callsight.cli;

import io.callsight.quality.Conversation;
import io.callsight.quality.TranscriptText;
import io.callsight.quality.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a transcript file for scoring. The plain-text format is read here; a {@code transcripts}
 * topic record (JSON) will be read by adapting the Transcript record to a {@link Conversation} once
 * that topic exists — this is the one place to add it.
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

  /** The call in a transcript file, in the given language. */
  static Conversation read(Path file, String text, Language language) {
    String head = text.stripLeading();
    // "[0:01] agent: ..." starts with a bracket too; JSON is an object or an array of objects.
    if (head.startsWith("{") || head.matches("(?s)\\[\\s*[{\\]].*")) {
      throw new IllegalArgumentException(
          file
              + ": a transcripts JSON record; this build reads the text format only"
              + " ('[m:ss] agent: ...' lines) until the transcripts topic is available");
    }
    String callId = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return new Conversation(
        callId, language, TranscriptText.parse(text, language, file.toString()));
  }
}
