package io.callsight.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DruidJvmFlagsTest {
  @Test
  void shouldFindEveryFlagInTheTestJvm() {
    // The root pom starts tests with DruidJvmFlags.all(); a flag missing there fails here.
    assertThat(DruidJvmFlags.missing()).isEmpty();
  }

  @Test
  void shouldListTheMissingFlagsOfAJvmStartedWithoutThem() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Duser.timezone=Asia/Shanghai"));
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), FlagsCheck.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(out).isEqualTo(1);
    assertThat(out).contains("this JVM cannot run Druid: start java with");
    for (String flag : DruidJvmFlags.all()) {
      if (!flag.equals("-Dfile.encoding=UTF-8")) { // Java 18+ defaults to UTF-8
        assertThat(out).contains(flag);
      }
    }
  }

  /** Runs the check in a JVM started without Druid's flags. */
  public static final class FlagsCheck {
    public static void main(String[] args) {
      try {
        DruidJvmFlags.require();
        System.out.println("no flag missing");
      } catch (IllegalStateException e) {
        System.out.println(e.getMessage());
        System.exit(1);
      }
    }
  }
}
