package io.callsight.jobs.kpi.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The job jar Maven builds for a Flink cluster ({@code jobs/target/callsight-kpi-job.jar}) carries
 * the job and what it needs beyond Flink, not Flink itself, and its main class builds the job's
 * graph when Flink alone is beside it — as {@code flink run} does on a cluster.
 */
class KpiJobJarITCase {
  static final Path JAR = Path.of("target", "callsight-kpi-job.jar");

  /** What the jar ships; the stand-in for a Flink distribution is the test classpath without it. */
  static final List<String> SHIPPED =
      List.of(
          "/io/callsight/",
          "/target/classes",
          "/target/test-classes",
          "/org/apache/kafka/",
          "flink-connector-kafka",
          "/com/fasterxml/",
          "/com/networknt/",
          "/com/ethlo/",
          "/org/yaml/",
          "/at/yawk/",
          "/org/xerial/",
          "/com/github/luben/");

  @Test
  void shipsTheJobAndTheKafkaConnectorButNotFlink() throws Exception {
    assertThat(JAR).as("the job jar (built by mvn package in jobs/)").exists();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(KpiJobMain.class.getName());
      List<String> entries = jar.stream().map(e -> e.getName()).toList();
      assertThat(entries)
          .contains(
              "io/callsight/jobs/kpi/flink/KpiJobMain.class",
              "io/callsight/jobs/kpi/flink/KpiJob.class",
              "io/callsight/schemas/Topic.class",
              "schemas/call-event.schema.json",
              "org/apache/flink/connector/kafka/source/KafkaSource.class",
              "org/apache/kafka/clients/consumer/KafkaConsumer.class");
      assertThat(entries)
          .noneMatch(e -> e.startsWith("org/apache/flink/streaming/api/"))
          .noneMatch(e -> e.startsWith("org/apache/flink/runtime/"))
          .noneMatch(e -> e.startsWith("org/apache/flink/api/common/"))
          .noneMatch(e -> e.startsWith("org/slf4j/"))
          .noneMatch(e -> e.startsWith("org/apache/logging/log4j/"));
    }
  }

  @Test
  void buildsTheJobGraphWithOnlyFlinkBesideIt() throws Exception {
    assertThat(JAR).as("the job jar (built by mvn package in jobs/)").exists();
    try (URLClassLoader flink = flinkAlone()) {
      Class<?> configurationType = flink.loadClass("org.apache.flink.configuration.Configuration");
      Object configuration = configurationType.getConstructor().newInstance();
      Class<?> programType = flink.loadClass("org.apache.flink.client.program.PackagedProgram");
      Object builder = programType.getMethod("newBuilder").invoke(null);
      builder.getClass().getMethod("setJarFile", File.class).invoke(builder, JAR.toFile());
      builder
          .getClass()
          .getMethod("setArguments", String[].class)
          .invoke(
              builder,
              (Object)
                  new String[] {
                    "kafka.bootstrap-servers=kafka:9092", "flink.parallelism=3",
                  });
      builder
          .getClass()
          .getMethod("setConfiguration", configurationType)
          .invoke(builder, configuration);
      Object program = builder.getClass().getMethod("build").invoke(builder);
      Method createJobGraph =
          flink
              .loadClass("org.apache.flink.client.program.PackagedProgramUtils")
              .getMethod(
                  "createJobGraph", programType, configurationType, int.class, boolean.class);
      Object graph = createJobGraph.invoke(null, program, configuration, 1, true);
      List<String> vertices = new ArrayList<>();
      for (Object v : (Iterable<?>) graph.getClass().getMethod("getVertices").invoke(graph)) {
        vertices.add((String) v.getClass().getMethod("getName").invoke(v));
      }
      String names = String.join(" | ", vertices);
      assertThat(names)
          .contains("call tracker")
          .contains("agent book")
          .contains("queue book")
          .contains("queue-kpi to Kafka");
      programType.getMethod("close").invoke(program);
    }
  }

  /** The test classpath less everything the jar ships: Flink and its own dependencies. */
  private static URLClassLoader flinkAlone() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String path = entry.replace(File.separatorChar, '/');
      if (SHIPPED.stream().noneMatch(path::contains) && Files.exists(Path.of(entry))) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    assertThat(urls.stream().map(URL::getPath).collect(Collectors.joining(" ")))
        .contains("flink-clients")
        .doesNotContain("kafka-clients");
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }
}
