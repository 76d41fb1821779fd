package io.callsight.ingest.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.callsight.ingest.CollectingEventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.DeadLetter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueLogReaderTest {
  private static final String KEY = "reader-test-caller-hash-key-000";

  @TempDir Path dir;

  private final CollectingEventSink sink = new CollectingEventSink();
  private final QueueLogReader reader =
      new QueueLogReader(
          new QueueLogParser(KEY),
          sink,
          new IngestMetrics(new SimpleMeterRegistry(), QueueLogParser.SOURCE));

  @Test
  void crlfLinesBlankLinesAndALastLineWithoutNewlineAreAllRead() throws Exception {
    Path file = dir.resolve("queue_log");
    Files.writeString(
        file,
        "1543605022|1543604976.289|IT|NONE|ENTERQUEUE||55515538655|1\r\n"
            + "\r\n"
            + "1543605027|1543604976.289|IT|Agent/1141|CONNECT|5|1543605022.292|5\r\n"
            + "1543605028|1543604976.289|IT|Agent/1141|PING|\r\n"
            + "1543605087|1543604976.289|IT|Agent/1141|COMPLETEAGENT|5|60|1",
        StandardCharsets.UTF_8);

    QueueLogTally tally = reader.read(file);

    assertThat(sink.calls)
        .extracting(CallEvent::type)
        .containsExactly(CallEventType.QUEUED, CallEventType.ANSWERED, CallEventType.ENDED);
    assertThat(sink.deadLetters)
        .extracting(DeadLetter::location, DeadLetter::payload)
        .containsExactly(tuple("queue_log:4", "1543605028|1543604976.289|IT|Agent/1141|PING|"));
    assertThat(tally.records()).isEqualTo(4);
    assertThat(sink.flushes).isEqualTo(1);
  }

  @Test
  void invalidUtf8IsReplacedNotFatal() throws Exception {
    Path file = dir.resolve("queue_log");
    byte[] good =
        "1543605027|1543604976.289|IT|Agent/1141|CONNECT|5|x|5\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'1', '5', '|', (byte) 0xC3, (byte) 0x28, '\n'};
    Files.write(file, concat(bad, good));

    QueueLogTally tally = reader.read(file);

    assertThat(tally.records()).isEqualTo(2);
    assertThat(sink.calls).hasSize(1);
    assertThat(sink.deadLetters)
        .singleElement()
        .satisfies(d -> assertThat(d.payload()).contains("\uFFFD"));
  }

  @Test
  void aLineLongerThanAReadChunkIsDeadLetteredWithoutHoldingUpTheRest() throws Exception {
    Path file = dir.resolve("queue_log");
    Files.writeString(
        file,
        "x".repeat(100_000)
            + "\n1543605027|1543604976.289|IT|Agent/1141|CONNECT|5|1543605022.292|5\n",
        StandardCharsets.UTF_8);

    reader.read(file);

    assertThat(sink.calls).extracting(CallEvent::type).containsExactly(CallEventType.ANSWERED);
    assertThat(sink.deadLetters)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.payload()).matches("x+"));
    assertThat(sink.deadLetters.stream().mapToInt(d -> d.payload().length()).sum())
        .isEqualTo(100_000);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
