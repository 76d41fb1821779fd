package io.callsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.common.KafkaTopics;
import io.callsight.local.EmbeddedKafka;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.Topic;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader tests assert with: a test of exactly n records must see a record that comes late. */
class KafkaReaderITCase {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void readAllWaitsForARecordThatComesAfterTheCountWhereReadAtLeastStops(@TempDir Path dir)
      throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir);
        KafkaWriter writer = new KafkaWriter(kafka.bootstrapServers())) {
      String bootstrap = kafka.bootstrapServers();
      KafkaTopics.ensure(bootstrap, List.of(Topic.CALL_EVENTS), 1, WAIT);
      List<CallEvent> events =
          CallScript.inbound("late-1", "sales", Instant.parse("2024-01-02T09:00:00Z"))
              .abandon(1)
              .events();
      CallEvent first = events.get(0);
      CallEvent late = events.get(1);
      writer.send(Topic.CALL_EVENTS, first.callId(), first);
      writer.flush();

      List<CallEvent> atLeast = KafkaReader.readAtLeast(bootstrap, Topic.CALL_EVENTS, 1, WAIT);
      assertThat(atLeast).containsExactly(first);

      // A second record a second later, as a job's next checkpoint would commit a duplicate.
      CompletableFuture<Void> second =
          CompletableFuture.runAsync(
              () -> {
                writer.send(Topic.CALL_EVENTS, late.callId(), late);
                writer.flush();
              },
              CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
      List<CallEvent> all = KafkaReader.readAll(bootstrap, Topic.CALL_EVENTS, 1, WAIT);
      second.get();
      assertThat(all).containsExactly(first, late);

      // With nothing more to come it returns what is there, after the quiet wait.
      long start = System.nanoTime();
      assertThat(KafkaReader.<CallEvent>readAll(bootstrap, Topic.CALL_EVENTS, 2, WAIT))
          .containsExactly(first, late);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }
  }
}
