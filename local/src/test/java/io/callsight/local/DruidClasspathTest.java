package io.callsight.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DruidClasspathTest {
  @Test
  void shouldSayWhichCommandBuildsAMissingClasspathFile(@TempDir Path dir) {
    Path missing = dir.resolve("druid-classpath.txt");
    assertThatThrownBy(() -> DruidClasspath.read(missing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Druid's classpath file " + missing + " is missing")
        .hasMessageContaining("mvn -B -DskipTests package");
  }

  @Test
  void shouldNameAJarTheFileListsButTheDiskLacks(@TempDir Path dir) throws Exception {
    Path jar = Files.createFile(dir.resolve("a.jar"));
    Path gone = dir.resolve("gone.jar");
    Path file = Files.writeString(dir.resolve("cp.txt"), jar + java.io.File.pathSeparator + gone);
    assertThatThrownBy(() -> DruidClasspath.read(file))
        .hasMessageContaining("names " + gone + ", which is missing");
  }

  @Test
  void shouldReadEveryJarOfTheFile(@TempDir Path dir) throws Exception {
    Path a = Files.createFile(dir.resolve("a.jar"));
    Path b = Files.createFile(dir.resolve("b.jar"));
    Path file = Files.writeString(dir.resolve("cp.txt"), a + java.io.File.pathSeparator + b + "\n");
    assertThat(DruidClasspath.read(file)).containsExactly(a.toUri().toURL(), b.toUri().toURL());
  }

  @Test
  void shouldFindTheFileTheBuildWroteThroughTheTestsSystemProperty() throws Exception {
    // The root pom points the tests at local-druid/target/druid-classpath.txt.
    Path file = DruidClasspath.file();
    assertThat(file.toString()).endsWith(DruidClasspath.RELATIVE);
    assertThat(DruidClasspath.read(file)).hasSizeGreaterThan(100);
  }
}
