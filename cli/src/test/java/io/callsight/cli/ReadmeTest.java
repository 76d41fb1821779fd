package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.callsight.common.Option;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.transcribe.TranscribeOptions;
import io.callsight.schemas.Json;
import io.callsight.schemas.Topic;
import io.callsight.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README documents what the code has: commands, options, topics and their fields. */
class ReadmeTest {
  static final Path ROOT = SharedData.repositoryRoot();

  static String readme() throws Exception {
    return Files.readString(ROOT.resolve("README.md"));
  }

  @Test
  void opensWithTheTestCommandThatCiRuns() throws Exception {
    String ci = Files.readString(ROOT.resolve(".ci/run"));
    String quickStart = readme().substring(0, readme().indexOf("## Configuration"));
    assertThat(ci).contains("mvn -B verify");
    assertThat(quickStart).contains("./callsight demo").contains("mvn -B verify");
  }

  @Test
  void documentsEveryCommand() throws Exception {
    String readme = readme();
    for (CommandLine sub : CallSight.commandLine().getSubcommands().values()) {
      if (!sub.getCommandName().equals("help")) {
        assertThat(readme).contains("./callsight " + sub.getCommandName());
      }
    }
  }

  @Test
  void documentsEveryKpiOption() throws Exception {
    String readme = readme();
    for (Option<?> o : KpiOptions.ALL) {
      assertThat(readme).as(o.key()).contains("`" + o.key() + "`");
    }
  }

  @Test
  void documentsEveryTranscriptionOption() throws Exception {
    String readme = readme();
    for (Option<?> o : TranscribeOptions.ALL) {
      assertThat(readme).as(o.key()).contains("`" + o.key() + "`");
    }
  }

  @Test
  void documentsEveryFieldOfEveryTopic() throws Exception {
    String readme = readme();
    for (Topic topic : Topic.values()) {
      int section = readme.indexOf("#### `" + topic.topicName() + "`");
      assertThat(section).as(topic.topicName()).isPositive();
      int next = readme.indexOf("####", section + 5);
      String text = readme.substring(section, next < 0 ? readme.length() : next);
      JsonNode schema = Json.mapper().readTree(topic.schemaText());
      List<JsonNode> objects = new ArrayList<>(List.of(schema));
      // Nested objects (a transcript's turns, words, measures) are documented in the section too.
      schema.path("$defs").forEach(objects::add);
      for (JsonNode object : objects) {
        object
            .get("properties")
            .fieldNames()
            .forEachRemaining(f -> assertThat(text).as(topic + "." + f).contains("`" + f + "`"));
      }
    }
  }
}
