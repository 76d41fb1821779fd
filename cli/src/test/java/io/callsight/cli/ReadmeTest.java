package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.callsight.common.Option;
import io.callsight.druid.Datasource;
import io.callsight.druid.DatasourceColumn;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.transcribe.TranscribeOptions;
import io.callsight.schemas.Json;
import io.callsight.schemas.Topic;
import io.callsight.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    // The same line, comment included, so a reader of either sees what the other runs.
    String command = ci.lines().filter(l -> l.startsWith("mvn ")).findFirst().orElseThrow();
    assertThat(command).startsWith("mvn -B verify ");
    assertThat(quickStart).contains("./callsight demo");
    assertThat(quickStart.lines()).contains(command);
  }

  @Test
  void documentsEveryCommand() throws Exception {
    String readme = readme();
    for (CommandLine sub : CallSight.commandLine().getSubcommands().values()) {
      if (!sub.getCommandName().equals("help")) {
        // As a whole word: "./callsight kpi" is not documented by "./callsight kpi-job".
        assertThat(readme).containsPattern(commandPattern("./callsight " + sub.getCommandName()));
        // The commands of a group (bench, ingest) too.
        for (String name : sub.getSubcommands().keySet()) {
          assertThat(readme)
              .containsPattern(commandPattern("./callsight " + sub.getCommandName() + " " + name));
        }
      }
    }
  }

  /** A command as the README writes it: followed by a space, a backquote, a bar or the line end. */
  static Pattern commandPattern(String command) {
    return Pattern.compile(Pattern.quote(command) + "(?=[\\s`|]|$)", Pattern.MULTILINE);
  }

  @Test
  void everyOptionTheReadmeGivesACommandIsOneOfItsOptions() throws Exception {
    // "./callsight bench sentiment --labelled F --model M", up to the end of the code span or line.
    Matcher m = Pattern.compile("\\./callsight((?: [a-z][a-z-]*)+)([^`\n|]*)").matcher(readme());
    List<String> unknown = new ArrayList<>();
    int checked = 0;
    while (m.find()) {
      CommandLine command = CallSight.commandLine();
      for (String word : m.group(1).trim().split(" ")) {
        CommandLine sub = command.getSubcommands().get(word);
        if (sub == null) {
          break; // an argument, not a command
        }
        command = sub;
      }
      Matcher option = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*").matcher(m.group(2));
      while (option.find()) {
        checked++;
        if (command.getCommandSpec().findOption(option.group()) == null) {
          unknown.add(m.group().trim() + ": " + option.group());
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(unknown).isEmpty();
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
  void documentsEveryQualityJobOption() throws Exception {
    String readme = readme();
    for (Option<?> o : QualityOptions.ALL) {
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

  @Test
  void documentsEveryColumnOfEveryDatasourceAndNoOther() throws Exception {
    String readme = readme();
    int start = readme.indexOf("## Datasources and columns");
    assertThat(start).as("section").isGreaterThan(readme.indexOf("## Topics and their fields"));
    String section = readme.substring(start, readme.indexOf("\n## ", start));
    for (Datasource d : Datasource.values()) {
      int at = section.indexOf("#### `" + d.datasourceName() + "`");
      assertThat(at).as(d.datasourceName()).isPositive();
      Matcher next = Pattern.compile("\n#{2,4} ").matcher(section);
      String table = section.substring(at, next.find(at + 5) ? next.start() : section.length());
      List<String> documented = new ArrayList<>();
      Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(table);
      while (row.find()) {
        documented.add(row.group(1));
      }
      assertThat(documented)
          .as(d.datasourceName())
          .containsExactlyElementsOf(DatasourceColumn.of(d).stream().map(c -> c.name()).toList());
    }
  }
}
