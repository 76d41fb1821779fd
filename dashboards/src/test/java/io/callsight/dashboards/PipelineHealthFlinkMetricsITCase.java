package io.callsight.dashboards;

import static io.callsight.dashboards.PromQueries.sum;
import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.common.KafkaTopics;
import io.callsight.ingest.KafkaEventSink;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJob;
import io.callsight.jobs.transcribe.TranscribeOptions;
import io.callsight.jobs.transcribe.flink.TranscribeJob;
import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.AudioCodec;
import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.Recording;
import io.callsight.schemas.Topic;
import io.callsight.speech.synthetic.ToneTrack;
import io.callsight.speech.synthetic.ToyVoskModel;
import io.callsight.speech.synthetic.WavWriter;
import io.callsight.testkit.AgentScript;
import io.callsight.testkit.CallScript;
import io.callsight.testkit.KafkaWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink metrics the Pipeline health dashboard charts exist under those names and labels: the
 * KPI job and the transcription job (the real libvosk on the tests' toy model) run on a MiniCluster
 * with Flink's Prometheus reporter (as in docker-compose.yml) against a real broker, and its scrape
 * must hold every flink_* metric and match every label regex.
 */
class PipelineHealthFlinkMetricsITCase {
  static final int PORT = freePort();
  static final Duration WAIT = Duration.ofSeconds(120);
  static final String SPEECH = "flink_taskmanager_job_task_operator_speech_";
  static final String AUDIO = SPEECH + "channelAudioMillis";
  static final String TRANSCRIBE_TIME = SPEECH + "transcribeMillis";

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setConfiguration(reporter())
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(4)
              .build());

  @Test
  void everyFlinkMetricAndOperatorTheDashboardReadsIsReported(@TempDir Path dir) throws Exception {
    List<String[]> queries = PromQueries.all();
    Set<String> wanted = new LinkedHashSet<>();
    List<PromQueries.LabelMatch> matches = new ArrayList<>();
    for (String[] q : queries) {
      wanted.addAll(PromQueries.metrics(q[1], "flink_"));
      matches.addAll(PromQueries.labelMatches(q[1]));
    }
    assertThat(wanted).hasSizeGreaterThanOrEqualTo(8);

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
      String bootstrap = kafka.bootstrapServers();
      KafkaTopics.ensure(bootstrap, List.of(Topic.values()), 2, Duration.ofSeconds(30));
      KpiOptions options =
          KpiOptions.from(
              Map.of(
                  "kafka.bootstrap-servers", bootstrap,
                  "kafka.group-id", "metrics-itcase",
                  "kpi.source-idleness", "PT1S",
                  "flink.checkpoint-interval", "PT0.5S",
                  "flink.checkpoint-dir", dir.resolve("checkpoints").toUri().toString()),
              "test");
      JobClient job =
          KpiJob.runOnKafka(StreamExecutionEnvironment.getExecutionEnvironment(), options);
      JobClient transcription = startTranscription(bootstrap, dir);
      try {
        produce(bootstrap);
        announceRecording(bootstrap, dir);
        // Both parts of the real-time factor: the recogniser thread adds to them one after the
        // other, so a scrape can fall in between.
        String scrape =
            scrapeUntil(
                wanted, matches, s -> sum(s, AUDIO) >= 6_000 && sum(s, TRANSCRIBE_TIME) > 0);
        assertThat(PromQueries.exposed(scrape)).containsAll(wanted);
        for (PromQueries.LabelMatch m : matches) {
          assertThat(PromQueries.labelValues(scrape, m.metric(), m.label()))
              .as(m.toString())
              .anyMatch(v -> v.matches(m.regex()));
        }
        // The real-time factor's parts count what was transcribed, not merely exist.
        assertThat(sum(scrape, AUDIO)).isEqualTo(2 * 3_000.0);
        assertThat(sum(scrape, TRANSCRIBE_TIME)).isPositive();
      } finally {
        transcription.cancel().get();
        job.cancel().get();
      }
    }
  }

  private static JobClient startTranscription(String bootstrap, Path dir) throws Exception {
    Path model = ToyVoskModel.of(List.of("hello")).writeTo(dir.resolve("vosk-model-toy-en"));
    TranscribeOptions options =
        TranscribeOptions.from(
            Map.of(
                "kafka.bootstrap-servers", bootstrap,
                "kafka.group-id", "metrics-itcase-transcribe",
                "flink.parallelism", "1",
                "flink.checkpoint-interval", "PT0.5S",
                "flink.checkpoint-dir", dir.resolve("transcribe-checkpoints").toUri().toString(),
                "speech.model", model.toString(),
                "speech.recognizers", "1"),
            "test");
    return TranscribeJob.runOnKafka(StreamExecutionEnvironment.getExecutionEnvironment(), options);
  }

  /** One 3-second stereo telephone recording: 6 s of channel audio for the recognisers. */
  private static void announceRecording(String bootstrap, Path dir) {
    Path wav =
        WavWriter.write(
            dir.resolve("1704186000.21.wav"),
            8_000,
            AudioCodec.PCM_ALAW,
            ToneTrack.silence(8_000, 3_000).bursts(500, 1_000).samples(),
            ToneTrack.silence(8_000, 3_000).bursts(1_500, 2_000).samples());
    try (KafkaEventSink sink = new KafkaEventSink(bootstrap, Map.of())) {
      sink.recording(
          new Recording(
              "metrics-itcase",
              "1704186000.21",
              wav.toUri().toString(),
              AudioCodec.PCM_ALAW,
              8_000,
              2,
              ChannelLayout.AGENT_LEFT,
              3_000,
              wav.toFile().length(),
              System.currentTimeMillis(),
              null,
              null,
              "test"));
      sink.flush();
    }
  }

  /** A few calls, an agent and one undecodable record (a dead letter). */
  private static void produce(String bootstrap) {
    Instant start = Instant.now().minus(Duration.ofMinutes(1));
    try (KafkaWriter writer = new KafkaWriter(bootstrap)) {
      for (int i = 0; i < 5; i++) {
        CallScript.inbound("c" + i, "sales", start.plusSeconds(i), "1380000" + i)
            .answer("1127", 3)
            .end(20)
            .events()
            .forEach(e -> writer.send(Topic.CALL_EVENTS, e.callId(), e));
      }
      AgentScript.agent("1127", start)
          .login(0, "sales")
          .events()
          .forEach(e -> writer.send(Topic.AGENT_EVENTS, e.agentId(), e));
      writer.sendBytes(Topic.CALL_EVENTS, "junk", "not json".getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Scrapes until every wanted metric and label value shows up (checkpoints, Kafka lag) and the
   * scrape satisfies {@code andThen}.
   */
  private static String scrapeUntil(
      Set<String> wanted, List<PromQueries.LabelMatch> matches, Predicate<String> andThen)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/")).build();
    long deadline = System.nanoTime() + WAIT.toNanos();
    String scrape = "";
    while (System.nanoTime() < deadline) {
      scrape = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      String current = scrape;
      boolean complete =
          PromQueries.exposed(scrape).containsAll(wanted)
              && matches.stream()
                  .allMatch(
                      m ->
                          PromQueries.labelValues(current, m.metric(), m.label()).stream()
                              .anyMatch(v -> v.matches(m.regex())))
              && andThen.test(scrape);
      if (complete) {
        return scrape;
      }
      Thread.sleep(500);
    }
    return scrape;
  }

  private static Configuration reporter() {
    Configuration conf = new Configuration();
    conf.setString(
        "metrics.reporter.prom.factory.class",
        "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
    conf.setString("metrics.reporter.prom.port", Integer.toString(PORT));
    return conf;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
