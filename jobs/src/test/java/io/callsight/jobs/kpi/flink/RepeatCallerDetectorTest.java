package io.callsight.jobs.kpi.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.FactKind;
import io.callsight.jobs.kpi.RepeatCallerBook;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepeatCallerDetectorTest {
  static final long T = Instant.parse("2024-03-01T09:10:00Z").toEpochMilli();
  static final long DAY = Duration.ofDays(1).toMillis();
  static final String ANN = "00000000000000a1";
  static final String BOB = "00000000000000b2"; // in Ann's bucket: the top bits are equal

  KeyedOneInputStreamOperatorTestHarness<Integer, CallFact, CallFact> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new RepeatCallerDetector(Duration.ofDays(7)),
            f -> RepeatCallerBook.bucketOf(f.callerId),
            Types.INT);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  void offer(String callId, String caller, String queue, long time) throws Exception {
    CallFact f = new CallFact(FactKind.OFFERED, callId, queue, null, time);
    f.callerId = caller;
    harness.processElement(f, time);
  }

  @Test
  void shouldEmitARepeatCallFactForACallerCallingAgainWithinTheWindow() throws Exception {
    offer("c1", ANN, "sales", T);
    offer("c2", BOB, "sales", T + DAY);
    offer("c3", ANN, "support", T + 2 * DAY);

    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind).isEqualTo(FactKind.REPEAT_CALL);
              assertThat(f.callId).isEqualTo("c3");
              assertThat(f.queue).isEqualTo("support");
              assertThat(f.eventTime).isEqualTo(T + 2 * DAY);
              assertThat(f.callerId).isEqualTo(ANN);
            });
  }

  @Test
  void shouldKeepOneTimerPerBucketAndClearTheStateOnceEveryCallerIsPastTheWindow()
      throws Exception {
    offer("c1", ANN, "sales", T);
    offer("c2", BOB, "sales", T + DAY);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    // Ann's window ends a week after her call; the sweep runs on the next full hour.
    harness.processWatermark(T + 7 * DAY + Duration.ofHours(1).toMillis());
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    harness.processWatermark(T + 8 * DAY + Duration.ofHours(1).toMillis());
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();

    // Forgotten: Ann's call nine days on is a first call again.
    offer("c3", ANN, "sales", T + 9 * DAY);
    assertThat(harness.extractOutputValues()).isEmpty();
  }
}
