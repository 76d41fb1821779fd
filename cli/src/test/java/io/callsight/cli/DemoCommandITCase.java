package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code callsight demo --duration}: the whole local pipeline starts, shows a board, stops clean.
 */
class DemoCommandITCase {
  @Test
  void shouldRunTheLocalPipelineShowAWallBoardAndLeaveNothingBehind() throws Exception {
    CommandLine cli = CallSight.commandLine();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    int exit = cli.execute("demo", "--free-ports", "--duration", "PT60S", "--board-every", "PT5S");
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(exit).as(text).isZero();
    assertThat(text)
        .contains("callsight demo: Kafka at localhost:")
        .contains("KPI job running on a local Flink MiniCluster")
        .contains("simulating profile small")
        .containsPattern("Druid SQL at http://localhost:\\d+/druid/v2/sql")
        .containsPattern("Druid supervisor queue_snapshot: created")
        .contains("wall-board every 5s (queried from Druid");
    // A wall-board line per queue, e.g. "  sales  waiting  0  longest  0s | agents  7: ...", which
    // the demo prints only from the rows it queries back from Druid.
    assertThat(
            Pattern.compile("(?m)^  sales +waiting +\\d+ .*\\| agents +[1-9]\\d*:").matcher(text))
        .matches(Matcher::find);
    assertThat(text)
        .containsPattern("summary after \\d+s: 2 queues, [1-9]\\d* calls offered")
        .containsPattern(
            "closed interval rows \\((\\d+ interval rows in Druid|no interval row in Druid yet)\\)");
    Matcher removed = Pattern.compile("stopped; removed (\\S+)").matcher(text);
    assertThat(removed.find()).as(text).isTrue();
    assertThat(Files.exists(Path.of(removed.group(1)))).isFalse();
  }
}
