package io.callsight.druid;

import io.callsight.schemas.Topic;

/**
 * The one registry of Druid datasources: each one's name, the Kafka topic it is ingested from and
 * its supervisor spec (a resource under {@code /druid/}, kept in {@code schemas/druid/}).
 */
public enum Datasource {
  QUEUE_KPI("queue_kpi", Topic.QUEUE_KPI),
  AGENT_KPI("agent_kpi", Topic.AGENT_KPI),
  QUEUE_SNAPSHOT("queue_snapshot", Topic.QUEUE_SNAPSHOT),
  ALERTS("alerts", Topic.ALERTS),
  /** Call events rolled up per minute, queue and type, with wait and caller sketches. */
  QUEUE_CALLS("queue_calls", Topic.CALL_EVENTS),
  /** One row per scored call; its verdicts as a JSON column. */
  CALL_SCORES("call_scores", Topic.CALL_SCORES),
  /** One row per redacted turn of a scored call. */
  TRANSCRIPT_TURNS("transcript_turns", Topic.TRANSCRIPT_TURNS),
  /** One row per agent, day and revision of the day's scorecard. */
  AGENT_SCORECARD("agent_scorecard", Topic.AGENT_SCORECARD);

  private final String datasourceName;
  private final Topic topic;

  Datasource(String datasourceName, Topic topic) {
    this.datasourceName = datasourceName;
    this.topic = topic;
  }

  /** The datasource (and supervisor id) as SQL users spell it. */
  public String datasourceName() {
    return datasourceName;
  }

  /** The Kafka topic the supervisor reads. */
  public Topic topic() {
    return topic;
  }

  /** Classpath location of the supervisor spec. */
  public String specResource() {
    return "/druid/" + datasourceName + ".json";
  }
}
