package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code callsight query}'s errors: one line saying what, one saying what to do, exit code 1. */
class QueryCommandTest {
  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cli = CallSight.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void noDruidAtTheUrlSaysHowToStartOne() throws Exception {
    String url;
    try (ServerSocket socket = new ServerSocket(0)) {
      url = "http://localhost:" + socket.getLocalPort();
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = run(out, err, "query", "SELECT 1", "--druid", url);

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines())
        .containsExactly(
            "callsight query: cannot reach Druid at " + url + " (connection refused)",
            "  hint: ./callsight stack (Kafka + Druid) or ./callsight demo (the whole pipeline)"
                + " starts a local Druid");
  }

  @Test
  void badInputIsRefusedBeforeAnyRequest() {
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "query", "SELECT ?", "--param", "BIGINT=ten"))
        .isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("callsight query: SQL parameter BIGINT=ten: \"ten\" is not a BIGINT");

    StringWriter err2 = new StringWriter();
    assertThat(run(new StringWriter(), err2, "query", "SELECT 1", "--druid", "localhost:8888"))
        .isEqualTo(1);
    assertThat(err2.toString()).contains("a Druid URL looks like http://localhost:8888");

    assertThat(run(new StringWriter(), new StringWriter(), "query", "SELECT 1", "--format", "csv"))
        .isEqualTo(2);
  }
}
