package io.callsight.jobs.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.jobs.kpi.flink.KpiJobMain;
import io.callsight.jobs.transcribe.flink.TranscribeJobMain;
import io.callsight.speech.synthetic.ToyVoskModel;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs jar Maven builds for a Flink cluster ({@code jobs/target/callsight-jobs.jar}) carries
 * the jobs and what they need beyond Flink (Kafka connector, Vosk), not Flink itself, and each
 * job's main class builds the job's graph when Flink alone is beside it — as {@code flink run} does
 * on a cluster.
 */
class JobJarITCase {
  static final Path JAR = Path.of("target", "callsight-jobs.jar");

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
          "/com/github/luben/",
          "/com/alphacephei/",
          "/net/java/dev/jna/",
          "/com/ibm/icu/",
          "/com/belerweb/",
          "/commons-codec/");

  @Test
  void shipsTheJobsTheKafkaConnectorAndVoskButNotFlink() throws Exception {
    assertThat(JAR).as("the jobs jar (built by mvn package in jobs/)").exists();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(KpiJobMain.class.getName());
      List<String> entries = jar.stream().map(e -> e.getName()).toList();
      assertThat(entries)
          .contains(
              "io/callsight/jobs/kpi/flink/KpiJobMain.class",
              "io/callsight/jobs/kpi/flink/KpiJob.class",
              "io/callsight/jobs/transcribe/flink/TranscribeJobMain.class",
              "org/vosk/Model.class",
              "com/sun/jna/Native.class",
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
  void buildsTheKpiJobGraphWithOnlyFlinkBesideIt() throws Exception {
    assertThat(jobGraph(null, "kafka.bootstrap-servers=kafka:9092", "flink.parallelism=3"))
        .contains("call tracker")
        .contains("agent book")
        .contains("queue book")
        .contains("queue-kpi to Kafka");
  }

  @Test
  void buildsTheTranscriptionJobGraphWithOnlyFlinkBesideIt(@TempDir Path dir) throws Exception {
    Path model = ToyVoskModel.of(List.of("hello")).writeTo(dir.resolve("vosk-model-toy-en"));
    assertThat(
            jobGraph(
                TranscribeJobMain.class.getName(),
                "kafka.bootstrap-servers=kafka:9092",
                "speech.model=" + model))
        .contains("transcribe")
        .contains("transcripts to Kafka");
  }

  @Test
  void buildsTheQualityJobGraphWithOnlyFlinkBesideIt() throws Exception {
    assertThat(
            jobGraph(
                "io.callsight.jobs.quality.flink.QualityJobMain",
                "kafka.bootstrap-servers=kafka:9092"))
        .contains("join and score")
        .contains("call-scores to Kafka")
        .contains("transcript-turns to Kafka");
  }

  /**
   * The names of the job graph's vertices that {@code mainClass} (null: the jar's) builds from the
   * arguments, loaded the way {@code flink run} loads the jar.
   */
  private static String jobGraph(String mainClass, String... args) throws Exception {
    assertThat(JAR).as("the jobs jar (built by mvn package in jobs/)").exists();
    try (URLClassLoader flink = flinkAlone()) {
      Class<?> configurationType = flink.loadClass("org.apache.flink.configuration.Configuration");
      Object configuration = configurationType.getConstructor().newInstance();
      Class<?> programType = flink.loadClass("org.apache.flink.client.program.PackagedProgram");
      Object builder = programType.getMethod("newBuilder").invoke(null);
      builder.getClass().getMethod("setJarFile", File.class).invoke(builder, JAR.toFile());
      if (mainClass != null) {
        builder
            .getClass()
            .getMethod("setEntryPointClassName", String.class)
            .invoke(builder, mainClass);
      }
      builder.getClass().getMethod("setArguments", String[].class).invoke(builder, (Object) args);
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
      programType.getMethod("close").invoke(program);
      return String.join(" | ", vertices);
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
