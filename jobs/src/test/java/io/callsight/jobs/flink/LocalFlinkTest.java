package io.callsight.jobs.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that runs Flink in its JVM leaves nothing in the temporary folder, even when it exits
 * the moment its job is done: a real MiniCluster runs in a child JVM whose temporary folder is the
 * test's.
 */
class LocalFlinkTest {
  /** The child: a small bounded job, then an immediate exit, as a command ends. */
  public static final class OneJobThenExit {
    public static void main(String[] args) throws Exception {
      StreamExecutionEnvironment env = LocalFlink.environment();
      env.fromSequence(1, 1_000).map(n -> n * 2).print();
      env.execute("local-flink-test");
      System.exit(0);
    }
  }

  @Test
  void aRunLeavesNoFlinkFilesBehind(@TempDir Path tmp) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Djava.io.tmpdir=" + tmp,
                    "-cp",
                    System.getProperty("java.class.path"),
                    OneJobThenExit.class.getName()))
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("child.log").toFile())
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child job ends").isTrue();
    String log = Files.readString(tmp.resolve("child.log"));
    assertThat(child.exitValue()).as(log).isZero();
    assertThat(log).as("the job ran").contains("2000");

    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("left in " + tmp + File.separator)
          .containsExactly("child.log");
    }
  }
}
