package io.callsight.ingest.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.ingest.CollectingEventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.schemas.AudioCodec;
import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.Recording;
import io.callsight.speech.synthetic.ToneTrack;
import io.callsight.speech.synthetic.WavWriter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingsWatcherTest {
  @TempDir Path tmp;

  private final MutableClock clock = new MutableClock();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private Path monitor() throws Exception {
    return Files.createDirectories(tmp.resolve("monitor"));
  }

  private RecordingsIngestOptions.Builder options() throws Exception {
    return RecordingsIngestOptions.builder(monitor())
        .quietPeriod(Duration.ofSeconds(3))
        .giveUpAfter(Duration.ofMinutes(10))
        .stateFile(tmp.resolve("state/recordings.json"));
  }

  private RecordingsWatcher watcher(RecordingsIngestOptions options, CollectingEventSink sink) {
    return new RecordingsWatcher(
        options, sink, new IngestMetrics(registry, RecordingsWatcher.SOURCE), clock);
  }

  private static byte[] stereoCall() {
    return WavWriter.bytes(
        8_000,
        AudioCodec.PCM_ALAW,
        ToneTrack.silence(8_000, 2_500).burst(100, 900).samples(),
        ToneTrack.silence(8_000, 2_500).burst(1_000, 2_000).samples());
  }

  @Test
  void aFinishedRecordingIsAnnouncedOnceItHasStayedTheSameForTheQuietPeriod() throws Exception {
    Path file = Files.write(monitor().resolve("q-sales-1543601975.123.wav"), stereoCall());
    CollectingEventSink sink = new CollectingEventSink();
    RecordingsWatcher w = watcher(options().build(), sink);

    assertThat(w.poll()).isZero();
    clock.advance(Duration.ofSeconds(2));
    assertThat(w.poll()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(w.poll()).isOne();
    clock.advance(Duration.ofSeconds(10));
    assertThat(w.poll()).isZero();

    assertThat(sink.recordings)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.callId()).isEqualTo("1543601975.123");
              assertThat(r.uri()).isEqualTo(file.toUri().toString());
              assertThat(r.codec()).isEqualTo(AudioCodec.PCM_ALAW);
              assertThat(r.sampleRate()).isEqualTo(8_000);
              assertThat(r.channels()).isEqualTo(2);
              assertThat(r.layout()).isEqualTo(ChannelLayout.AGENT_LEFT);
              assertThat(r.durationMs()).isEqualTo(2_500);
              assertThat(r.sizeBytes()).isEqualTo(Files.size(file));
              assertThat(r.eventTime()).isEqualTo(Files.getLastModifiedTime(file).toMillis());
              assertThat(r.source()).isEqualTo("recordings-watcher");
            });
    assertThat(sink.flushes).isEqualTo(1);
    assertThat(
            registry
                .counter(
                    "callsight.ingest.events.parsed",
                    "source",
                    "recordings-watcher",
                    "kind",
                    "recording")
                .count())
        .isEqualTo(1);
  }

  @Test
  void aFileStillGrowingWaitsUntilItStops() throws Exception {
    Path file = monitor().resolve("1543601975.124.wav");
    byte[] whole = stereoCall();
    // MixMonitor-style: the header is written first, the audio follows as the call goes on.
    Files.write(file, Arrays.copyOf(whole, 4_000));
    CollectingEventSink sink = new CollectingEventSink();
    RecordingsWatcher w = watcher(options().build(), sink);

    w.poll();
    clock.advance(Duration.ofSeconds(5));
    assertThat(w.poll()).as("header declares more audio than there is").isZero();
    Files.write(file, Arrays.copyOfRange(whole, 4_000, whole.length), StandardOpenOption.APPEND);
    clock.advance(Duration.ofSeconds(1));
    assertThat(w.poll()).as("it changed: the quiet period starts again").isZero();
    clock.advance(Duration.ofSeconds(3));
    assertThat(w.poll()).isOne();
    assertThat(sink.recordings)
        .singleElement()
        .satisfies(r -> assertThat(r.durationMs()).isEqualTo(2_500));
    assertThat(sink.deadLetters).isEmpty();
  }

  @Test
  void aFileThatNeverBecomesAReadableWavIsSetAsideAfterTheGiveUpTime() throws Exception {
    Path file =
        Files.write(monitor().resolve("1543601975.125.wav"), Arrays.copyOf(stereoCall(), 3_000));
    CollectingEventSink sink = new CollectingEventSink();
    RecordingsWatcher w = watcher(options().build(), sink);
    w.poll();
    clock.advance(Duration.ofMinutes(5));
    assertThat(w.poll()).isZero();
    clock.advance(Duration.ofMinutes(5));
    assertThat(w.poll()).isOne();
    assertThat(sink.recordings).isEmpty();
    assertThat(sink.deadLetters)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reasonCode()).isEqualTo(DeadLetterReason.BAD_AUDIO);
              assertThat(d.reason())
                  .startsWith(file.toString())
                  .contains("truncated")
                  .contains("unchanged for PT10M");
              assertThat(d.payload()).isEqualTo(file.toUri().toString());
              assertThat(d.source()).isEqualTo("ingest.recordings");
            });
    clock.advance(Duration.ofMinutes(10));
    assertThat(w.poll()).isZero();
    assertThat(sink.deadLetters).hasSize(1);
  }

  @Test
  void aNameWithoutACallIdIsSetAsideOnce() throws Exception {
    Files.write(monitor().resolve("greeting.wav"), stereoCall());
    CollectingEventSink sink = new CollectingEventSink();
    RecordingsWatcher w = watcher(options().build(), sink);
    w.poll();
    clock.advance(Duration.ofSeconds(3));
    w.poll();
    clock.advance(Duration.ofSeconds(3));
    w.poll();
    assertThat(sink.deadLetters)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reasonCode()).isEqualTo(DeadLetterReason.INVALID);
              assertThat(d.reason())
                  .contains("does not match the recording name pattern (?<callId>");
            });
    assertThat(
            registry
                .counter(
                    "callsight.ingest.records.dead.lettered",
                    "source",
                    "recordings-watcher",
                    "reason",
                    "INVALID")
                .count())
        .isEqualTo(1);
  }

  @Test
  void aRestartAnnouncesNothingTwiceAndWhatFinishedMeanwhile() throws Exception {
    Files.write(monitor().resolve("1543601975.1.wav"), stereoCall());
    CollectingEventSink first = new CollectingEventSink();
    RecordingsWatcher w1 = watcher(options().build(), first);
    w1.poll();
    clock.advance(Duration.ofSeconds(3));
    w1.poll();
    w1.close();
    assertThat(first.recordings).hasSize(1);

    // Stopped; meanwhile another call ends, in a date subfolder.
    Files.createDirectories(monitor().resolve("2024/01/02"));
    Files.write(monitor().resolve("2024/01/02/1543601975.2.wav"), stereoCall());

    CollectingEventSink second = new CollectingEventSink();
    RecordingsWatcher w2 = watcher(options().build(), second);
    w2.poll();
    clock.advance(Duration.ofSeconds(3));
    w2.poll();
    assertThat(second.recordings).extracting(Recording::callId).containsExactly("1543601975.2");
    assertThat(w2.announcedCount()).isEqualTo(2);
  }

  @Test
  void aCrashBeforeKafkaAcknowledgedAnnouncesAgainWithTheSameId() throws Exception {
    Files.write(monitor().resolve("1543601975.7.wav"), stereoCall());
    CollectingEventSink failing =
        new CollectingEventSink() {
          @Override
          public synchronized void flush() {
            throw new IllegalStateException("writing to Kafka failed: broker gone");
          }
        };
    RecordingsWatcher w1 = watcher(options().build(), failing);
    w1.poll();
    clock.advance(Duration.ofSeconds(3));
    assertThatThrownBy(w1::poll).hasMessageContaining("broker gone");

    CollectingEventSink again = new CollectingEventSink();
    RecordingsWatcher w2 = watcher(options().build(), again);
    w2.poll();
    clock.advance(Duration.ofSeconds(3));
    w2.poll();
    assertThat(again.recordings)
        .singleElement()
        .satisfies(
            r -> assertThat(r.recordingId()).isEqualTo(failing.recordings.get(0).recordingId()));
  }

  @Test
  void aFileRewrittenAfterItWasAnnouncedIsAnnouncedAgainAsANewRecording() throws Exception {
    Path file = Files.write(monitor().resolve("1543601975.3.wav"), stereoCall());
    CollectingEventSink sink = new CollectingEventSink();
    RecordingsWatcher w = watcher(options().build(), sink);
    w.poll();
    clock.advance(Duration.ofSeconds(3));
    w.poll();
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
    w.poll();
    clock.advance(Duration.ofSeconds(3));
    w.poll();
    assertThat(sink.recordings).hasSize(2);
    assertThat(sink.recordings.get(0).recordingId())
        .isNotEqualTo(sink.recordings.get(1).recordingId());
  }

  @Test
  void otherFilesAreLeftAloneAndNamedGroupsAreTaken() throws Exception {
    Files.writeString(monitor().resolve("1543601975.4.txt"), "notes");
    byte[] mono = WavWriter.bytes(16_000, AudioCodec.PCM_S16LE, new short[16_000]);
    Files.write(monitor().resolve("sales-1127-1543601975.5.wav"), mono);
    CollectingEventSink sink = new CollectingEventSink();
    RecordingsWatcher w =
        watcher(
            options()
                .pattern("(?<queue>[a-z]+)-(?<agentId>[0-9]+)-(?<callId>[0-9.]+)\\.wav")
                .stereoLayout(ChannelLayout.AGENT_RIGHT)
                .build(),
            sink);
    w.poll();
    clock.advance(Duration.ofSeconds(3));
    w.poll();
    assertThat(sink.recordings)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.callId()).isEqualTo("1543601975.5");
              assertThat(r.queue()).isEqualTo("sales");
              assertThat(r.agentId()).isEqualTo("1127");
              assertThat(r.layout())
                  .as("a mono file is mono whatever the stereo layout")
                  .isEqualTo(ChannelLayout.MONO);
            });
    assertThat(sink.deadLetters).isEmpty();
  }

  @Test
  void badOptionsAreRefusedWithWhatToDo() throws Exception {
    assertThatThrownBy(() -> options().pattern("(?<call>[0-9.]+)").build())
        .hasMessageContaining("needs a named group (?<callId>...)");
    assertThatThrownBy(() -> options().pattern("(?<callId>[0-9").build())
        .hasMessageContaining("is not a valid regular expression");
    assertThatThrownBy(() -> options().quietPeriod(Duration.ofMinutes(20)).build())
        .hasMessageContaining("must not be shorter than the quiet period");
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2024-01-02T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
