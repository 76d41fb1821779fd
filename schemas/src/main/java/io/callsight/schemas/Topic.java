package io.callsight.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one registry of Kafka topics: each topic's name, the record that mirrors it and its JSON
 * Schema (a resource under {@code /schemas/}). Nothing else spells a topic name.
 */
public enum Topic {
  CALL_EVENTS("call-events", CallEvent.class, "call-event"),
  AGENT_EVENTS("agent-events", AgentEvent.class, "agent-event"),
  QUEUE_KPI("queue-kpi", QueueKpi.class, "queue-kpi"),
  AGENT_KPI("agent-kpi", AgentKpi.class, "agent-kpi"),
  QUEUE_SNAPSHOT("queue-snapshot", QueueSnapshot.class, "queue-snapshot"),
  ALERTS("alerts", Alert.class, "alert"),
  RECORDINGS("recordings", Recording.class, "recording"),
  TRANSCRIPTS("transcripts", Transcript.class, "transcript"),
  CALL_SCORES("call-scores", ScoredCall.class, "scored-call"),
  TRANSCRIPT_TURNS("transcript-turns", RedactedTurn.class, "redacted-turn"),
  AGENT_SCORECARD("agent-scorecard", AgentScorecardDay.class, "agent-scorecard"),
  DEAD_LETTERS("dead-letters", DeadLetter.class, "dead-letter");

  private final String topicName;
  private final Class<?> recordType;
  private final String schemaName;

  Topic(String topicName, Class<?> recordType, String schemaName) {
    this.topicName = topicName;
    this.recordType = recordType;
    this.schemaName = schemaName;
  }

  /** The Kafka topic name. */
  public String topicName() {
    return topicName;
  }

  public Class<?> recordType() {
    return recordType;
  }

  /** Classpath location of this topic's JSON Schema. */
  public String schemaResource() {
    return "/schemas/" + schemaName + ".schema.json";
  }

  /** The JSON Schema text. */
  public String schemaText() {
    try (InputStream in = Topic.class.getResourceAsStream(schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + schemaResource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The topic a name refers to, for command-line and config input. */
  public static Topic byName(String name) {
    for (Topic t : values()) {
      if (t.topicName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no topic named " + name);
  }
}
