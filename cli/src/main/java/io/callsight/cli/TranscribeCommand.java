package io.callsight.cli;

import io.callsight.common.Options;
import io.callsight.ingest.recordings.RecordingNames;
import io.callsight.quality.redact.TranscriptRedactor;
import io.callsight.schemas.Json;
import io.callsight.schemas.Recording;
import io.callsight.schemas.Transcript;
import io.callsight.speech.RecordingFiles;
import io.callsight.speech.SpeechOptions;
import io.callsight.speech.Transcriber;
import io.callsight.speech.audio.BadAudioException;
import io.callsight.speech.vosk.VoskEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code callsight transcribe}: local recordings to transcript JSON, for QA staff and debugging.
 */
@Command(
    name = "transcribe",
    mixinStandardHelpOptions = true,
    description = {
      "Transcribes local WAV recordings (16-bit PCM, G.711 µ-law or A-law; mono or stereo; any"
          + " rate) with a Vosk model and prints one transcript JSON per file: turns with"
          + " speaker, startMs, endMs, text and words (word, startMs, endMs, conf), and the"
          + " conversation measures. Phone, ID-card, bank-card and social security numbers,"
          + " e-mail addresses, PINs and security codes and dates of birth are redacted, as on"
          + " the transcripts topic ([PHONE], [ID_CARD], [BANK_CARD], [SSN], [EMAIL],"
          + " [SECURITY_CODE], [BIRTH_DATE]).",
      "A file that cannot be transcribed is reported on stderr and the others go on; the exit"
          + " code is then 1."
    })
final class TranscribeCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Vosk model folder")
  Path model;

  @Mixin LayoutOption layout;

  @Mixin OwnDomainsOption ownDomains;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      description = "Language of the model (zh, en); default: from the model folder's name")
  String language;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "speech.* options (properties file): thresholds of the measures, turn gap")
  Path config;

  @Option(names = "--pretty", description = "Indent the JSON (default: one line per file)")
  boolean pretty;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recordings to transcribe")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, String> values =
        config != null ? new HashMap<>(Options.load(config)) : new HashMap<>();
    values.put(SpeechOptions.MODEL.key(), model.toString());
    if (language != null) {
      values.put(SpeechOptions.LANGUAGE.key(), language);
    }
    SpeechOptions options =
        SpeechOptions.from(values, config != null ? config.toString() : "the command line")
            .withRecognizers(1);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RecordingNames names = RecordingNames.of(RecordingNames.DEFAULT_PATTERN);
    TranscriptRedactor redactor = new TranscriptRedactor(ownDomains.redactor());
    int failed = 0;
    try (VoskEngine engine = VoskEngine.open(model, 1)) {
      Transcriber transcriber = new Transcriber(engine, options);
      for (Path file : files) {
        try {
          Recording recording =
              RecordingFiles.describe(
                  file, owner(names, file), layout.layout, "callsight transcribe");
          Transcript t = redactor.redact(transcriber.transcribe(recording));
          out.println(
              pretty
                  ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(t)
                  : Json.toJson(t));
          out.flush();
        } catch (BadAudioException e) {
          err.println("callsight transcribe: " + e.getMessage());
          err.flush();
          failed++;
        }
      }
    }
    return failed == 0 ? 0 : 1;
  }

  /** The call id from an Asterisk unique id in the name, else the name without its extension. */
  private static RecordingFiles.Owner owner(RecordingNames names, Path file) {
    String name = file.getFileName().toString();
    return names
        .owner(name)
        .orElseGet(() -> new RecordingFiles.Owner(name.replaceFirst("\\.[^.]*$", ""), null, null));
  }
}
