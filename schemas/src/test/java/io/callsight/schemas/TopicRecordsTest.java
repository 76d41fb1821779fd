package io.callsight.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicRecordsTest {
  private static final SchemaValidator VALIDATOR = new SchemaValidator();

  @ParameterizedTest
  @EnumSource(Topic.class)
  void everyRecordRoundTripsAndValidatesAgainstItsSchema(Topic topic) throws Exception {
    for (Object record : SampleRecords.of(topic)) {
      assertThat(record).isInstanceOf(topic.recordType());
      byte[] bytes = Json.toBytes(record);
      JsonNode tree = Json.mapper().readTree(bytes);
      assertThat(VALIDATOR.problems(topic, tree))
          .as(new String(bytes, StandardCharsets.UTF_8))
          .isEmpty();
      assertThat(Json.fromBytes(bytes, topic.recordType())).isEqualTo(record);
    }
  }

  @ParameterizedTest
  @EnumSource(Topic.class)
  void schemaPropertiesAreExactlyTheRecordComponents(Topic topic) throws Exception {
    JsonNode schema = Json.mapper().readTree(topic.schemaText());
    List<String> properties = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(properties::add);
    List<String> components =
        Arrays.stream(topic.recordType().getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
    assertThat(properties).containsExactlyInAnyOrderElementsOf(components);
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Topic.class)
  void schemaRequiresEveryPrimitiveComponent(Topic topic) throws Exception {
    JsonNode schema = Json.mapper().readTree(topic.schemaText());
    List<String> required = new ArrayList<>();
    schema.get("required").forEach(n -> required.add(n.asText()));
    for (RecordComponent c : topic.recordType().getRecordComponents()) {
      if (c.getType().isPrimitive()) {
        assertThat(required).as("%s.%s", topic, c.getName()).contains(c.getName());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Topic.class)
  void nestedObjectsMatchTheirRecordsToo(Topic topic) throws Exception {
    JsonNode schema = Json.mapper().readTree(topic.schemaText());
    NestedSchemas.check(schema, schema, topic.recordType(), topic.topicName());
  }

  @Test
  void transcriptEnumsAreWrittenAsTheSchemaSpellsThem() throws Exception {
    JsonNode json = Json.mapper().readTree(Json.toBytes(SampleRecords.stereoTranscript()));
    assertThat(json.at("/layout").asText()).isEqualTo("agent-left");
    assertThat(json.at("/turns/0/speaker").asText()).isEqualTo("agent");
    assertThat(json.at("/measures/parties/1/speakingRateUnit").asText()).isEqualTo("chars/min");
    ObjectNode bad = (ObjectNode) json;
    ((ObjectNode) bad.at("/turns/0")).put("speaker", "AGENT");
    assertThat(VALIDATOR.problems(Topic.TRANSCRIPTS, bad)).anyMatch(p -> p.contains("speaker"));
    assertThatThrownBy(() -> Json.fromBytes(Json.toBytes(bad), Transcript.class))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("AGENT");
  }

  @Test
  void recordingLayoutMustFitItsChannels() throws Exception {
    ObjectNode json =
        (ObjectNode)
            Json.mapper().readTree(Json.toBytes(SampleRecords.of(Topic.RECORDINGS).get(0)));
    json.put("channels", 1);
    assertThatThrownBy(() -> Json.fromBytes(Json.toBytes(json), Recording.class))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("agent-left does not fit a recording with 1 channels");
  }

  @Test
  void wordEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> new TranscriptWord("hello", 500, 400, 1.0))
        .hasMessageContaining("word hello must span 0 <= startMs <= endMs, was 500..400");
  }

  @Test
  void rawCallerNumberIsRefusedByRecordAndSchema() throws Exception {
    ObjectNode json =
        (ObjectNode)
            Json.mapper().readTree(Json.toBytes(SampleRecords.of(Topic.CALL_EVENTS).get(0)));
    json.put("callerId", "13800000000");
    assertThat(VALIDATOR.problems(Topic.CALL_EVENTS, json)).isNotEmpty();
    assertThatThrownBy(() -> Json.fromBytes(Json.toBytes(json), CallEvent.class))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("callerId must be a caller hash");
  }

  @Test
  void typeSpecificFieldsAreRequiredByRecordAndSchema() throws Exception {
    ObjectNode json =
        (ObjectNode)
            Json.mapper().readTree(Json.toBytes(SampleRecords.of(Topic.CALL_EVENTS).get(0)));
    json.remove("queue");
    assertThat(VALIDATOR.problems(Topic.CALL_EVENTS, json)).anyMatch(p -> p.contains("queue"));
    assertThatThrownBy(() -> Json.fromBytes(Json.toBytes(json), CallEvent.class))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("QUEUED needs a queue");
  }

  @Test
  void missingRequiredFieldNamesTheField() {
    byte[] json =
        "{\"callId\":\"c\",\"eventTime\":1,\"type\":\"QUEUED\",\"queue\":\"q\",\"source\":\"s\"}"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Json.fromBytes(json, CallEvent.class))
        .isInstanceOf(InvalidRecordException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRecordException) e).reason())
                    .isEqualTo(DeadLetterReason.INVALID))
        .hasMessageContaining("eventId is required");
  }

  @Test
  void missingEventTimeIsRefusedNotReadAsEpochZero() {
    byte[] json =
        "{\"eventId\":\"e\",\"callId\":\"c\",\"type\":\"HOLD_START\",\"source\":\"s\"}"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Json.fromBytes(json, CallEvent.class))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("eventTime is required");
  }

  @Test
  void unknownEventTypeIsInvalidAndNamesTheValue() {
    byte[] json =
        ("{\"eventId\":\"e\",\"callId\":\"c\",\"eventTime\":1,\"type\":\"OUTDIAL\","
                + "\"source\":\"s\"}")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Json.fromBytes(json, CallEvent.class))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("type")
        .hasMessageContaining("OUTDIAL");
  }

  @Test
  void notJsonIsMalformed() {
    assertThatThrownBy(
            () -> Json.fromBytes("1543|x|q".getBytes(StandardCharsets.UTF_8), CallEvent.class))
        .isInstanceOf(InvalidRecordException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRecordException) e).reason())
                    .isEqualTo(DeadLetterReason.MALFORMED));
    assertThatThrownBy(() -> Json.fromBytes(new byte[0], CallEvent.class))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void callerHashIsStableKeyedAndDigitsOnly() {
    CallerIds a = CallerIds.withKey("key-aaaaaaaaaaaaaaaa");
    CallerIds b = CallerIds.withKey("key-bbbbbbbbbbbbbbbb");
    assertThat(a.hash("+86 138-0000-0000")).isEqualTo(a.hash("8613800000000"));
    assertThat(a.hash("8613800000000")).isNotEqualTo(b.hash("8613800000000"));
    assertThat(CallerIds.isHashed(a.hash("123"))).isTrue();
    assertThat(a.hash("anonymous")).isNull();
    assertThat(a.hash(null)).isNull();
    assertThatThrownBy(() -> CallerIds.withKey("short")).hasMessageContaining("16 bytes");
  }

  @Test
  void serviceLevelFormulasFollowTheirDefinitions() {
    // offered 10, answered 8 (7 within T), abandoned 2 (1 within T)
    assertThat(ServiceLevelFormula.DEFAULT.apply(10, 8, 7, 2, 1)).isEqualTo(7.0 / 9);
    assertThat(ServiceLevelFormula.ANSWERED_WITHIN_T_OVER_OFFERED.apply(10, 8, 7, 2, 1))
        .isEqualTo(0.7);
    assertThat(ServiceLevelFormula.ANSWERED_WITHIN_T_OVER_ANSWERED.apply(10, 8, 7, 2, 1))
        .isEqualTo(7.0 / 8);
    assertThat(
            ServiceLevelFormula.ANSWERED_WITHIN_T_OVER_ANSWERED_AND_ABANDONED.apply(10, 8, 7, 2, 1))
        .isEqualTo(0.7);
    assertThat(
            ServiceLevelFormula.ANSWERED_AND_ABANDONED_WITHIN_T_OVER_ANSWERED_AND_ABANDONED.apply(
                10, 8, 7, 2, 1))
        .isEqualTo(0.8);
    assertThat(ServiceLevelFormula.DEFAULT.apply(0, 0, 0, 0, 0)).isNull();
  }

  @Test
  void topicNamesResolve() {
    for (Topic t : Topic.values()) {
      assertThat(Topic.byName(t.topicName())).isSameAs(t);
    }
    assertThatThrownBy(() -> Topic.byName("nope")).hasMessageContaining("nope");
  }
}
