package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.AudioCodec;
import io.callsight.speech.synthetic.ToneTrack;
import io.callsight.speech.synthetic.ToyVoskModel;
import io.callsight.speech.synthetic.WavWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code callsight demo --duration}: the whole local pipeline starts, shows a board, transcribes a
 * recording dropped into the watched folder (the real libvosk on the tests' toy model), and stops
 * clean.
 */
class DemoCommandITCase {
  @Test
  void shouldRunTheLocalPipelineShowAWallBoardAndLeaveNothingBehind(@TempDir Path dir)
      throws Exception {
    Path model = ToyVoskModel.of(List.of("hello")).writeTo(dir.resolve("vosk-model-toy-en"));
    Path monitor = Files.createDirectories(dir.resolve("monitor"));
    WavWriter.write(
        monitor.resolve("q-sales-1704186000.11.wav"),
        8_000,
        AudioCodec.PCM_ALAW,
        ToneTrack.silence(8_000, 4_000).bursts(500, 1_000).samples(),
        ToneTrack.silence(8_000, 4_000).bursts(2_000, 2_600).samples());
    CommandLine cli = CallSight.commandLine();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    int exit =
        cli.execute(
            "demo",
            "--free-ports",
            "--duration",
            "PT60S",
            "--board-every",
            "PT5S",
            "--recordings",
            monitor.toString(),
            "--model",
            model.toString());
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(exit).as(text).isZero();
    assertThat(text)
        .contains("callsight demo: Kafka at localhost:")
        .contains("KPI job running on a local Flink MiniCluster")
        .contains("simulating profile small")
        .containsPattern("Druid SQL at http://localhost:\\d+/druid/v2/sql")
        .containsPattern("Druid supervisor queue_snapshot: created")
        .contains("wall-board every 5s (queried from Druid")
        .contains("transcription job running with model " + model)
        .contains("latest transcript: call 1704186000.11, 4 s, 2 turns (1 transcribed)")
        .contains("quality job running")
        .containsPattern("latest score: call 1704186000.11, \\d+/100.*\\(1 scored\\)");
    // A wall-board line per queue, e.g. "  sales  waiting  0  longest  0s | agents  7: ...", which
    // the demo prints only from the rows it queries back from Druid.
    assertThat(
            Pattern.compile("(?m)^  sales +waiting +\\d+ .*\\| agents +[1-9]\\d*:").matcher(text))
        .matches(Matcher::find);
    assertThat(text)
        .containsPattern("summary after \\d+s: 2 queues, [1-9]\\d* calls offered")
        .containsPattern(
            "closed interval rows \\((\\d+ interval rows in Druid|no interval row in Druid yet)\\),"
                + " \\d+ alerts, recordings transcribed: 1, calls scored: 1");
    Matcher removed = Pattern.compile("stopped; removed (\\S+)").matcher(text);
    assertThat(removed.find()).as(text).isTrue();
    assertThat(Files.exists(Path.of(removed.group(1)))).isFalse();
  }

  @Test
  void refusesRecordingsWithoutAModelBeforeStartingAnything(@TempDir Path dir) {
    CommandLine cli = CallSight.commandLine();
    java.io.StringWriter err = new java.io.StringWriter();
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("demo", "--recordings", dir.toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--recordings and --model go together");
  }
}
