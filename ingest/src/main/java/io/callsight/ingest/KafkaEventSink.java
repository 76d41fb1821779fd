package io.callsight.ingest;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.Json;
import io.callsight.schemas.Recording;
import io.callsight.schemas.ScoredCall;
import io.callsight.schemas.Topic;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes events to Kafka: call events keyed by call id (so one call's events stay in order on one
 * partition), agent events keyed by agent id. Idempotent producer, acks from all replicas; a send
 * that fails surfaces at the next call rather than being lost.
 */
public final class KafkaEventSink implements EventSink {
  private final KafkaProducer<String, byte[]> producer;
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final Callback onFailure =
      (metadata, e) -> {
        if (e != null) {
          failure.compareAndSet(null, e);
        }
      };

  public KafkaEventSink(String bootstrapServers, Map<String, Object> overrides) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // One request in flight per broker: with more, a first batch that fails retriably (a fresh
    // topic's leader not yet known) while the next one lands is retried forever with
    // OutOfOrderSequenceException (KAFKA-14359), seen here when loading a backlog right after
    // creating the topics. Batches of up to 256 KB keep the throughput.
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "callsight-ingest");
    props.putAll(overrides);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  @Override
  public void call(CallEvent event) {
    send(Topic.CALL_EVENTS, event.callId(), Json.toBytes(event));
  }

  @Override
  public void agent(AgentEvent event) {
    send(Topic.AGENT_EVENTS, event.agentId(), Json.toBytes(event));
  }

  /** Keyed by call id, like the call's events. */
  @Override
  public void recording(Recording recording) {
    send(Topic.RECORDINGS, recording.callId(), Json.toBytes(recording));
  }

  /** A call score, as `callsight rescore --publish` writes a new rule-set version's rows. */
  public void callScore(ScoredCall score) {
    send(Topic.CALL_SCORES, score.callId(), Json.toBytes(score));
  }

  @Override
  public void deadLetter(DeadLetter deadLetter) {
    send(Topic.DEAD_LETTERS, deadLetter.source(), Json.toBytes(deadLetter));
  }

  private void send(Topic topic, String key, byte[] value) {
    throwIfFailed();
    producer.send(new ProducerRecord<>(topic.topicName(), key, value), onFailure);
  }

  @Override
  public void flush() {
    producer.flush();
    throwIfFailed();
  }

  private void throwIfFailed() {
    Exception e = failure.get();
    if (e != null) {
      throw new IllegalStateException("writing to Kafka failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
