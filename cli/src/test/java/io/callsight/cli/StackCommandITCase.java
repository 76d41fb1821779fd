package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.local.DruidJvmFlags;
import io.callsight.local.DruidPorts;
import io.callsight.schemas.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

/**
 * {@code callsight stack} in a JVM of its own, as a user runs it: Kafka and Druid answer at the
 * addresses it prints, and a stop signal (what Ctrl-C sends) brings everything down with nothing
 * left behind.
 */
class StackCommandITCase {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  @Test
  void shouldStartKafkaAndDruidPrintWhereTheyAreAndStopCleanlyOnASignal() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    command.add("-Dcallsight.druid.classpath=" + System.getProperty("callsight.druid.classpath"));
    command.addAll(DruidJvmFlags.all());
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.addAll(List.of(CallSight.class.getName(), "stack", "--free-ports"));
    // Its output goes to a file, read as it grows: what a user sees in the terminal.
    Path output =
        Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "stack", ".out");
    Process stack =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    Supplier<List<String>> lines = () -> readLines(output);
    try {
      awaitLine(lines, stack, "callsight stack: running; Ctrl-C stops");
      String text = String.join("\n", lines.get());

      String kafka = group(text, "(?m)^  Kafka +(\\S+)$");
      try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka))) {
        Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        assertThat(topics).contains(Topic.CALL_EVENTS.topicName(), Topic.QUEUE_KPI.topicName());
      }
      URI sql = URI.create(group(text, "(?m)^  Druid SQL +(\\S+)"));
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(sql)
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString("{\"query\":\"SELECT 6 * 7 AS x\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.body().strip()).isEqualTo("[{\"x\":42}]");
      assertThat(text)
          .containsPattern("Druid router +http://localhost:\\d+")
          .containsPattern("Druid overlord +http://localhost:\\d+")
          .contains("./callsight kpi-job --kafka " + kafka);

      stack.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops everything
      assertThat(stack.waitFor(90, TimeUnit.SECONDS)).as(String.join("\n", lines.get())).isTrue();
      text = String.join("\n", lines.get());
      Path removed = Path.of(group(text, "stopped; removed (\\S+)"));
      assertThat(Files.exists(removed)).as(text).isFalse();
      for (String port : List.of(sql.getPort() + "", kafka.substring(kafka.indexOf(':') + 1))) {
        assertThat(DruidPorts.isFree(Integer.parseInt(port))).as("port %s", port).isTrue();
      }
      assertThat(text).doesNotContain("Exception").doesNotContain("while stopping");
    } finally {
      stack.destroyForcibly();
      Files.deleteIfExists(output);
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitLine(Supplier<List<String>> lines, Process p, String line)
      throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!lines.get().contains(line)) {
      assertThat(p.isAlive())
          .as("stack exited early:\n%s", String.join("\n", lines.get()))
          .isTrue();
      assertThat(System.nanoTime() < deadline)
          .as("no '%s' within %s:\n%s", line, START_TIMEOUT, String.join("\n", lines.get()))
          .isTrue();
      Thread.sleep(100);
    }
  }

  private static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("%s in:\n%s", regex, text).isTrue();
    return m.group(1);
  }
}
