package io.callsight.ingest.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.ingest.CollectingEventSink;
import io.callsight.ingest.EventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueLogFollowerTest {
  private static final String KEY = "follower-test-caller-hash-key-0";
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  @TempDir Path dir;

  private final List<QueueLogFollower> followers = new ArrayList<>();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final IngestMetrics metrics = new IngestMetrics(registry, QueueLogParser.SOURCE);

  @AfterEach
  void closeFollowers() {
    followers.forEach(QueueLogFollower::close);
  }

  private Path log() {
    return dir.resolve("queue_log");
  }

  private OffsetStore offsets() {
    return new OffsetStore(dir.resolve("state").resolve("queue_log.offsets.json"));
  }

  private QueueLogFollower follower(EventSink sink) {
    return follower(sink, QueueLogFollower.DEFAULT_POLL_INTERVAL);
  }

  private QueueLogFollower follower(EventSink sink, Duration interval) {
    QueueLogFollower f =
        new QueueLogFollower(log(), offsets(), new QueueLogParser(KEY), sink, metrics, interval);
    followers.add(f);
    return f;
  }

  /** Line {@code n}: a ring-no-answer whose ring time is n, so events say which line they are. */
  private static String line(int n) {
    return (1_543_600_000L + n) + "|1543600000." + n + "|IT|Agent/1127|RINGNOANSWER|" + n + "\n";
  }

  private static String lines(int from, int to) {
    StringBuilder b = new StringBuilder();
    IntStream.rangeClosed(from, to).forEach(n -> b.append(line(n)));
    return b.toString();
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(
        file,
        text,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
  }

  private static List<Long> linesSeen(CollectingEventSink sink) {
    synchronized (sink) {
      return sink.calls.stream().map(CallEvent::ringMs).toList();
    }
  }

  private static List<Long> numbers(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(n -> (long) n).toList();
  }

  @Test
  void onlyCompleteLinesAreTakenAndAPartialLineWaitsForItsNewline() throws Exception {
    CollectingEventSink sink = new CollectingEventSink();
    QueueLogFollower follower = follower(sink);
    String second = line(2);
    append(log(), line(1) + second.substring(0, 20));

    follower.poll();
    assertThat(linesSeen(sink)).containsExactly(1L);
    assertThat(registry.get("callsight.ingest.lag.bytes").gauge().value()).isEqualTo(20);

    append(log(), second.substring(20).replace("\n", "\r\n"));
    follower.poll();
    assertThat(linesSeen(sink)).containsExactly(1L, 2L);
    assertThat(registry.get("callsight.ingest.lag.bytes").gauge().value()).isZero();
  }

  @Test
  void aFileThatDoesNotExistYetIsWaitedFor() throws Exception {
    CollectingEventSink sink = new CollectingEventSink();
    QueueLogFollower follower = follower(sink);

    follower.poll();
    append(log(), lines(1, 2));
    follower.poll();

    assertThat(linesSeen(sink)).containsExactly(1L, 2L);
  }

  @Test
  void rotatedFileIsReadToTheEndBeforeTheNewOne() throws Exception {
    CollectingEventSink sink = new CollectingEventSink();
    QueueLogFollower follower = follower(sink);
    append(log(), lines(1, 3));
    follower.poll();

    Path rotated = dir.resolve("queue_log.1");
    append(log(), line(4));
    Files.move(log(), rotated);
    // Asterisk keeps writing to the renamed file until its logger reopens queue_log.
    append(rotated, line(5) + line(6).trim());
    append(log(), lines(7, 8));
    follower.poll();

    assertThat(linesSeen(sink)).containsExactlyElementsOf(numbers(1, 8));
  }

  @Test
  void aRotatedFileIsFinishedOnlyOnceTheWriterHasMovedOn() throws Exception {
    CollectingEventSink sink = new CollectingEventSink();
    QueueLogFollower follower = follower(sink);
    append(log(), lines(1, 2));
    follower.poll();

    Path rotated = dir.resolve("queue_log.1");
    Files.move(log(), rotated);
    Files.createFile(log());
    follower.poll();
    append(rotated, line(3));
    follower.poll();
    follower.poll();
    append(log(), line(4));
    follower.poll();
    append(rotated, line(99));
    follower.poll();

    assertThat(linesSeen(sink)).containsExactlyElementsOf(numbers(1, 4));
  }

  @Test
  void linesKeepComingFromTheRenamedFileUntilTheNewOneAppears() throws Exception {
    CollectingEventSink sink = new CollectingEventSink();
    QueueLogFollower follower = follower(sink);
    append(log(), line(1));
    follower.poll();

    Path rotated = dir.resolve("queue_log.1");
    Files.move(log(), rotated);
    append(rotated, line(2));
    follower.poll();
    assertThat(linesSeen(sink)).containsExactly(1L, 2L);

    append(rotated, line(3));
    append(log(), line(4));
    follower.poll();
    assertThat(linesSeen(sink)).containsExactlyElementsOf(numbers(1, 4));
  }

  @Test
  void copyTruncateIsReadAgainFromTheStart() throws Exception {
    CollectingEventSink sink = new CollectingEventSink();
    QueueLogFollower follower = follower(sink);
    append(log(), lines(1, 3));
    follower.poll();

    Files.copy(log(), dir.resolve("queue_log.1"));
    try (FileChannel channel = FileChannel.open(log(), StandardOpenOption.WRITE)) {
      channel.truncate(0);
    }
    append(log(), line(4));
    follower.poll();

    assertThat(linesSeen(sink)).containsExactlyElementsOf(numbers(1, 4));
  }

  @Test
  void aRestartResumesFromTheStoredOffsetWithoutDuplicatesOrGaps() throws Exception {
    CollectingEventSink before = new CollectingEventSink();
    QueueLogFollower first = follower(before);
    append(log(), lines(1, 3));
    first.poll();
    first.close();
    String sixth = line(6);
    append(log(), lines(4, 5) + sixth.substring(0, 10));

    CollectingEventSink after = new CollectingEventSink();
    QueueLogFollower second = follower(after);
    second.poll();
    append(log(), sixth.substring(10));
    second.poll();

    assertThat(linesSeen(before)).containsExactlyElementsOf(numbers(1, 3));
    assertThat(linesSeen(after)).containsExactlyElementsOf(numbers(4, 6));
    assertThat(eventIds(before, after)).isEqualTo(eventIdsOfReadingOnce(log()));
  }

  @Test
  void aFileRotatedWhileStoppedIsFinishedFromTheStoredOffsetBeforeTheNewOne() throws Exception {
    CollectingEventSink before = new CollectingEventSink();
    QueueLogFollower first = follower(before);
    append(log(), lines(1, 2));
    first.poll();
    first.close();
    append(log(), lines(3, 4));
    Path rotated = dir.resolve("queue_log-20240101");
    Files.move(log(), rotated);
    append(log(), lines(5, 6));

    CollectingEventSink after = new CollectingEventSink();
    follower(after).poll();

    assertThat(linesSeen(before)).containsExactlyElementsOf(numbers(1, 2));
    assertThat(linesSeen(after)).containsExactlyElementsOf(numbers(3, 6));
    List<String> all = new ArrayList<>(eventIdsOfReadingOnce(rotated));
    all.addAll(eventIdsOfReadingOnce(log()));
    assertThat(eventIds(before, after)).isEqualTo(all);
  }

  @Test
  void theOffsetIsStoredOnlyAfterTheSinkFlushed() throws Exception {
    append(log(), lines(1, 3));
    QueueLogFollower failing = follower(new FailingFlushSink());

    assertThatThrownBy(failing::poll).hasMessageContaining("broker unreachable");
    assertThat(offsets().load()).hasValueSatisfying(p -> assertThat(p.offset()).isZero());
    failing.close();

    CollectingEventSink sink = new CollectingEventSink();
    follower(sink).poll();
    long length = Files.size(log());
    assertThat(linesSeen(sink)).containsExactlyElementsOf(numbers(1, 3));
    assertThat(offsets().load())
        .hasValueSatisfying(
            p -> {
              assertThat(p.offset()).isEqualTo(length);
              assertThat(p.line()).isEqualTo(3);
            });
  }

  @Test
  void aClockGoingBackwardsIsCountedAndTheLinesStillDelivered() throws Exception {
    CollectingEventSink sink = new CollectingEventSink();
    QueueLogFollower follower = follower(sink);
    append(log(), line(5) + line(3) + line(4));

    follower.poll();

    assertThat(linesSeen(sink)).containsExactly(5L, 3L, 4L);
    assertThat(registry.get("callsight.ingest.clock.backwards").counter().count()).isEqualTo(1);
    assertThat(follower.tally().clockWentBack()).isEqualTo(1);
  }

  @Test
  void runFollowsTheFileUntilStopped() throws Exception {
    CollectingEventSink sink = new CollectingEventSink();
    QueueLogFollower follower = follower(sink, Duration.ofMillis(10));
    Thread thread = new Thread(follower, "follower");
    thread.start();

    append(log(), lines(1, 2));
    awaitTrue(() -> linesSeen(sink).size() == 2);
    append(log(), line(3));
    awaitTrue(() -> linesSeen(sink).size() == 3);
    follower.stop();
    thread.join(DEADLINE.toMillis());

    assertThat(thread.isAlive()).isFalse();
    assertThat(linesSeen(sink)).containsExactlyElementsOf(numbers(1, 3));
    assertThat(offsets().load()).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(3));
  }

  @Test
  void runEndsWhenItsThreadIsInterrupted() throws Exception {
    QueueLogFollower follower = follower(new CollectingEventSink(), Duration.ofSeconds(30));
    Thread thread = new Thread(follower, "follower");
    thread.start();

    thread.interrupt();
    thread.join(DEADLINE.toMillis());

    assertThat(thread.isAlive()).isFalse();
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", DEADLINE).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private static List<String> eventIds(CollectingEventSink... sinks) {
    List<String> ids = new ArrayList<>();
    for (CollectingEventSink sink : sinks) {
      sink.calls.forEach(e -> ids.add(e.eventId()));
    }
    return ids;
  }

  private static List<String> eventIdsOfReadingOnce(Path file) throws IOException {
    CollectingEventSink sink = new CollectingEventSink();
    new QueueLogReader(
            new QueueLogParser(KEY),
            sink,
            new IngestMetrics(new SimpleMeterRegistry(), QueueLogParser.SOURCE))
        .read(file);
    return eventIds(sink);
  }

  /** A sink whose writes never become durable, as when Kafka cannot be reached. */
  private static final class FailingFlushSink implements EventSink {
    @Override
    public void call(CallEvent event) {}

    @Override
    public void agent(AgentEvent event) {}

    @Override
    public void deadLetter(DeadLetter deadLetter) {}

    @Override
    public void flush() {
      throw new IllegalStateException("writing to Kafka failed: broker unreachable");
    }

    @Override
    public void close() {}
  }
}
