package io.callsight.jobs.transcribe.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.callsight.common.KafkaTopics;
import io.callsight.ingest.KafkaEventSink;
import io.callsight.ingest.recordings.RecordingsIngest;
import io.callsight.ingest.recordings.RecordingsIngestOptions;
import io.callsight.jobs.transcribe.TranscribeOptions;
import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.AudioCodec;
import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.Recording;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import io.callsight.speech.synthetic.ToneTrack;
import io.callsight.speech.synthetic.ToyVoskModel;
import io.callsight.speech.synthetic.WavWriter;
import io.callsight.testkit.KafkaReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recordings folder → recordings watcher → Kafka (a real broker) → TranscribeJob on a MiniCluster
 * at parallelism 2 with the real libvosk and the toy model → transcripts and dead letters on Kafka.
 */
class TranscribeJobKafkaITCase {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static final Duration WAIT = Duration.ofSeconds(120);
  static final long FRAME_MS = 30;

  @Test
  void shouldTurnFinishedRecordingsIntoTranscriptsWithSpeakersAndWordTimes(@TempDir Path dir)
      throws Exception {
    Path model =
        // After the third word, a mobile number said word by word: 139 0024 5678 (a model's
        // words must differ, hence "double oh").
        ToyVoskModel.of(
                List.of(
                    "hello", "world", "thanks", "one", "three", "nine", "double", "oh", "two",
                    "four", "five", "six", "seven", "eight"))
            .writeTo(dir.resolve("vosk-model-toy-en"));
    Path monitor = Files.createDirectories(dir.resolve("monitor/2024/01/02"));
    // A telephone call: 8 kHz stereo A-law, the agent on the left.
    WavWriter.write(
        monitor.resolve("q-sales-1704186000.11.wav"),
        8_000,
        AudioCodec.PCM_ALAW,
        ToneTrack.silence(8_000, 6_000).bursts(500, 1_000, 1_200, 1_600, 4_000, 4_600).samples(),
        ToneTrack.silence(8_000, 6_000).bursts(2_000, 2_800).samples());
    // A mono 16 kHz recording.
    WavWriter.write(
        monitor.resolve("1704186000.12.wav"),
        16_000,
        AudioCodec.PCM_S16LE,
        ToneTrack.silence(16_000, 3_000).bursts(300, 800).samples());
    // A mono call in which the caller gives a mobile number: 14 words, 300 ms each.
    long[] spoken = new long[28];
    for (int w = 0; w < 14; w++) {
      spoken[2 * w] = 500 + 500L * w;
      spoken[2 * w + 1] = 800 + 500L * w;
    }
    WavWriter.write(
        monitor.resolve("1704186000.14.wav"),
        16_000,
        AudioCodec.PCM_S16LE,
        ToneTrack.silence(16_000, 8_000).bursts(spoken).samples());

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
      String bootstrap = kafka.bootstrapServers();
      KafkaTopics.ensure(
          bootstrap,
          List.of(Topic.RECORDINGS, Topic.TRANSCRIPTS, Topic.DEAD_LETTERS),
          2,
          Duration.ofSeconds(30));
      TranscribeOptions options =
          TranscribeOptions.from(
              Map.of(
                  "kafka.bootstrap-servers", bootstrap,
                  "kafka.group-id", "transcribe-itcase",
                  "flink.parallelism", "2",
                  "flink.checkpoint-interval", "PT0.5S",
                  "speech.model", model.toString(),
                  "speech.recognizers", "1"),
              "test");
      JobClient job =
          TranscribeJob.runOnKafka(StreamExecutionEnvironment.getExecutionEnvironment(), options);
      RecordingsIngest watcher =
          RecordingsIngest.connect(
              RecordingsIngestOptions.builder(dir.resolve("monitor"))
                  .bootstrapServers(bootstrap)
                  .metricsPort(0)
                  .quietPeriod(Duration.ofMillis(500))
                  .pollInterval(Duration.ofMillis(200))
                  .stateFile(dir.resolve("recordings.json"))
                  .build(),
              System.err);
      Thread watching = new Thread(watcher::run, "watcher");
      watching.start();
      try {
        // A recording whose file was lost after it was announced: the job sets it aside.
        try (KafkaEventSink sink = new KafkaEventSink(bootstrap, Map.of())) {
          sink.recording(
              new Recording(
                  "lost",
                  "1704186000.13",
                  dir.resolve("gone.wav").toUri().toString(),
                  AudioCodec.PCM_ALAW,
                  8_000,
                  2,
                  ChannelLayout.AGENT_LEFT,
                  60_000,
                  960_058,
                  1_704_186_100_000L,
                  null,
                  null,
                  "test"));
          sink.flush();
        }

        List<Transcript> transcripts =
            KafkaReader.read(
                bootstrap, Topic.TRANSCRIPTS, (List<Transcript> l) -> l.size() >= 3, WAIT);
        List<DeadLetter> dead = KafkaReader.readAtLeast(bootstrap, Topic.DEAD_LETTERS, 1, WAIT);

        Transcript call = byCall(transcripts, "1704186000.11");
        assertThat(call.layout()).isEqualTo(ChannelLayout.AGENT_LEFT);
        assertThat(call.modelId()).isEqualTo("vosk-model-toy-en");
        assertThat(call.turns())
            .extracting(TranscriptTurn::speaker, TranscriptTurn::text)
            .containsExactly(
                tuple(Speaker.AGENT, "hello world"),
                tuple(Speaker.CUSTOMER, "hello"),
                tuple(Speaker.AGENT, "thanks"));
        assertWord(call.turns().get(0).words().get(0), "hello", 500, 1_000);
        assertWord(call.turns().get(0).words().get(1), "world", 1_200, 1_600);
        assertWord(call.turns().get(1).words().get(0), "hello", 2_000, 2_800);
        assertWord(call.turns().get(2).words().get(0), "thanks", 4_000, 4_600);
        assertThat(call.measures().overtalkMs()).isZero();
        assertThat(call.measures().parties().get(0).talkMs()).isEqualTo(1_100 + 600);

        Transcript mono = byCall(transcripts, "1704186000.12");
        assertThat(mono.turns())
            .singleElement()
            .satisfies(
                t -> {
                  assertThat(t.speaker()).isEqualTo(Speaker.UNKNOWN);
                  assertWord(t.words().get(0), "hello", 300, 800);
                });

        // The number never reaches the topic: its words became one placeholder word.
        Transcript number = byCall(transcripts, "1704186000.14");
        assertThat(number.turns())
            .singleElement()
            .satisfies(
                t -> {
                  assertThat(t.text()).isEqualTo("hello world thanks [PHONE]");
                  assertThat(t.words()).hasSize(4);
                  assertWord(t.words().get(3), "[PHONE]", 2_000, 7_300);
                });

        assertThat(dead)
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.reasonCode()).isEqualTo(DeadLetterReason.BAD_AUDIO);
                  assertThat(d.source()).isEqualTo("transcribe-job");
                  assertThat(d.reason()).contains("gone.wav: the file does not exist");
                  assertThat(d.payload()).contains("\"callId\":\"1704186000.13\"");
                });
      } finally {
        watcher.stop();
        watching.join(10_000);
        watcher.close();
        job.cancel().get();
      }
    }
  }

  private static Transcript byCall(List<Transcript> transcripts, String callId) {
    return transcripts.stream().filter(t -> t.callId().equals(callId)).findFirst().orElseThrow();
  }

  private static void assertWord(TranscriptWord w, String word, long startMs, long endMs) {
    assertThat(w.word()).isEqualTo(word);
    assertThat(w.startMs()).isCloseTo(startMs, within(FRAME_MS));
    assertThat(w.endMs()).isCloseTo(endMs, within(FRAME_MS));
  }
}
