package io.callsight.druid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callsight.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The supervisor specs of schemas/druid/ against the contract and their topics' JSON Schemas. */
class SupervisorSpecsTest {

  @ParameterizedTest
  @EnumSource(Datasource.class)
  void everyColumnIsAFieldOfTheTopic(Datasource d) {
    assertThat(SpecCheck.problems(d, SupervisorSpecs.template(d))).isEmpty();
  }

  @Test
  void aColumnTheTopicDoesNotHaveFailsNamingSpecAndColumn() {
    ObjectNode spec = SupervisorSpecs.template(Datasource.QUEUE_KPI);
    ObjectNode dims = (ObjectNode) spec.at("/spec/dataSchema/dimensionsSpec");
    dims.withArray("dimensions").addObject().put("type", "string").put("name", "callerName");
    spec.withObject("/spec/dataSchema/timestampSpec").put("column", "startedAt");
    spec.withArray("/spec/dataSchema/metricsSpec")
        .addObject()
        .put("type", "longSum")
        .put("name", "talked")
        .put("fieldName", "talkMs");

    assertThat(SpecCheck.problems(Datasource.QUEUE_KPI, spec))
        .containsExactly(
            "queue_kpi.json: timestamp column startedAt is not a field of topic queue-kpi",
            "queue_kpi.json: dimension callerName reads callerName, not a field of topic queue-kpi",
            "queue_kpi.json: metric talked reads talkMs, not a field of topic queue-kpi");
  }

  @Test
  void filterAndTransformColumnsAreCheckedToo() {
    ObjectNode spec = SupervisorSpecs.template(Datasource.QUEUE_CALLS);
    spec.withObject("/spec/dataSchema/transformSpec/filter").put("dimension", "kind");
    ((ObjectNode) spec.at("/spec/dataSchema/transformSpec/transforms/0"))
        .put("expression", "waitMillis / 1000.0");

    assertThat(SpecCheck.problems(Datasource.QUEUE_CALLS, spec))
        .containsExactly(
            "queue_calls.json: transform waitSeconds reads waitMillis, not a field of topic"
                + " call-events",
            "queue_calls.json: filter column kind is not a field of topic call-events");
  }

  @Test
  void aColumnOfTheWrongTypeFails() {
    ObjectNode spec = SupervisorSpecs.template(Datasource.ALERTS);
    ((ObjectNode) spec.at("/spec/dataSchema/dimensionsSpec/dimensions/0")).put("type", "long");

    assertThat(SpecCheck.problems(Datasource.ALERTS, spec))
        .containsExactly("alerts.json: dimension alertId is long but alertId is string");
  }

  @Test
  void expressionIdentifiersLeaveOutFunctionsLiteralsAndStrings() {
    assertThat(SpecCheck.identifiers("nvl(waitMs, 0) / 1000.0 + strlen('queue') + \"talk Ms\""))
        .containsExactly("waitMs", "talk Ms");
  }

  @ParameterizedTest
  @EnumSource(Datasource.class)
  void datasourceAndTopicAreTheContractsAndTheStreamSettingsAreTheAgreedOnes(Datasource d) {
    ObjectNode spec = SupervisorSpecs.template(d);
    assertThat(spec.path("type").asText()).isEqualTo("kafka");
    assertThat(spec.at("/spec/dataSchema/dataSource").asText()).isEqualTo(d.datasourceName());
    JsonNode io = spec.at("/spec/ioConfig");
    assertThat(io.path("topic").asText()).isEqualTo(d.topic().topicName());
    assertThat(io.at("/inputFormat/type").asText()).isEqualTo("json");
    assertThat(io.at("/consumerProperties/bootstrap.servers").asText())
        .isEqualTo(SupervisorSpecs.KAFKA_BOOTSTRAP);
    // The KPI job writes in Kafka transactions: only committed rows may reach Druid.
    assertThat(io.at("/consumerProperties/isolation.level").asText()).isEqualTo("read_committed");
    assertThat(io.path("useEarliestOffset").asBoolean()).isTrue();
    assertThat(io.path("taskCount").asInt()).isEqualTo(1);
    assertThat(io.path("replicas").asInt()).isEqualTo(1);
    assertThat(io.path("taskDuration").asText()).isEqualTo("PT1H");
    assertThat(spec.at("/spec/dataSchema/granularitySpec/segmentGranularity").asText())
        .isEqualTo("HOUR");
    assertThat(spec.at("/spec/tuningConfig/type").asText()).isEqualTo("kafka");
  }

  @Test
  void contractTimestamps() {
    assertThat(timestamp(Datasource.QUEUE_KPI)).isEqualTo("intervalStart/iso");
    assertThat(timestamp(Datasource.AGENT_KPI)).isEqualTo("intervalStart/iso");
    assertThat(timestamp(Datasource.QUEUE_SNAPSHOT)).isEqualTo("snapshotTime/millis");
    assertThat(timestamp(Datasource.ALERTS)).isEqualTo("eventTime/millis");
    assertThat(timestamp(Datasource.QUEUE_CALLS)).isEqualTo("eventTime/millis");
    assertThat(timestamp(Datasource.CALL_SCORES)).isEqualTo("eventTime/millis");
    assertThat(timestamp(Datasource.TRANSCRIPT_TURNS)).isEqualTo("eventTime/millis");
    assertThat(timestamp(Datasource.AGENT_SCORECARD)).isEqualTo("eventTime/millis");
  }

  @ParameterizedTest
  @EnumSource(
      value = Datasource.class,
      names = {
        "QUEUE_KPI",
        "AGENT_KPI",
        "QUEUE_SNAPSHOT",
        "ALERTS",
        "CALL_SCORES",
        "TRANSCRIPT_TURNS",
        "AGENT_SCORECARD"
      })
  void rowDatasourcesKeepEveryRowAndEveryFieldOfTheirTopic(Datasource d) {
    ObjectNode spec = SupervisorSpecs.template(d);
    // No rollup: a correction (higher revision) and the row it corrects stay apart.
    assertThat(spec.at("/spec/dataSchema/granularitySpec/rollup").asBoolean(true)).isFalse();
    assertThat(spec.at("/spec/dataSchema/granularitySpec/queryGranularity").asText())
        .isEqualTo("NONE");
    assertThat(spec.at("/spec/dataSchema/transformSpec").isMissingNode()).isTrue();
    List<String> read = new ArrayList<>();
    DatasourceColumn.of(spec).forEach(c -> read.add(c.fieldName()));
    assertThat(read).containsExactlyInAnyOrderElementsOf(SpecCheck.fields(d.topic()).keySet());
  }

  @Test
  void callScoresKeepTheVerdictsAsJsonAndTheFailedRulesAsAMultiValueDimension() {
    assertThat(columns(Datasource.CALL_SCORES))
        .contains("verdicts:json", "failedRules:string", "score:double", "ruleSetVersion:long");
  }

  @Test
  void kpiRowsKeepTheirRevisionAndKeys() {
    assertThat(columns(Datasource.QUEUE_KPI)).contains("queue:string", "revision:long");
    assertThat(columns(Datasource.AGENT_KPI)).contains("agentId:string", "revision:long");
  }

  @Test
  void queueCallsIsRolledUpPerMinuteWithWaitAndCallerSketches() {
    ObjectNode spec = SupervisorSpecs.template(Datasource.QUEUE_CALLS);
    JsonNode granularity = spec.at("/spec/dataSchema/granularitySpec");
    assertThat(granularity.path("rollup").asBoolean()).isTrue();
    assertThat(granularity.path("queryGranularity").asText()).isEqualTo("MINUTE");
    assertThat(columns(Datasource.QUEUE_CALLS))
        .containsExactly(
            "__time:long",
            "queue:string",
            "type:string",
            "calls:count",
            "waitSketch:quantilesDoublesSketch",
            "callers:HLLSketchBuild");
    List<DatasourceColumn> cols = DatasourceColumn.of(spec);
    assertThat(cols.get(4).fieldName()).isEqualTo("waitSeconds");
    assertThat(cols.get(5).fieldName()).isEqualTo("callerId");
    JsonNode transform = spec.at("/spec/dataSchema/transformSpec/transforms/0");
    assertThat(transform.path("name").asText()).isEqualTo("waitSeconds");
    assertThat(transform.path("expression").asText()).isEqualTo("waitMs / 1000.0");
    JsonNode filter = spec.at("/spec/dataSchema/transformSpec/filter");
    assertThat(filter.path("dimension").asText()).isEqualTo("type");
    assertThat(filter.path("values").toString())
        .isEqualTo("[\"QUEUED\",\"ANSWERED\",\"ABANDONED\"]");
  }

  @ParameterizedTest
  @EnumSource(Datasource.class)
  void onlyTheKafkaPlaceholderOccursAndItIsFilledIn(Datasource d) {
    Matcher m = Pattern.compile("\\$\\{[^}]*}").matcher(SupervisorSpecs.text(d));
    List<String> placeholders = new ArrayList<>();
    while (m.find()) {
      placeholders.add(m.group());
    }
    assertThat(placeholders).containsExactly(SupervisorSpecs.KAFKA_BOOTSTRAP);

    ObjectNode filled = SupervisorSpecs.forKafka(d, "kafka-1:9092,kafka-2:9092").json();
    assertThat(filled.toString()).doesNotContain("${");
    assertThat(filled.at("/spec/ioConfig/consumerProperties/bootstrap.servers").asText())
        .isEqualTo("kafka-1:9092,kafka-2:9092");
  }

  @Test
  void aBootstrapThatIsNotHostAndPortIsRefused() {
    assertThatThrownBy(() -> SupervisorSpecs.forKafka("localhost"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host:port");
    assertThatThrownBy(() -> SupervisorSpecs.forKafka("a:1\", \"x\": \"y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFingerprintFollowsTheContentNotTheLayoutAndTravelsInTheContext() {
    SupervisorSpec a = SupervisorSpecs.forKafka(Datasource.ALERTS, "localhost:9092");
    SupervisorSpec b = SupervisorSpecs.forKafka(Datasource.ALERTS, "localhost:9092");
    SupervisorSpec other = SupervisorSpecs.forKafka(Datasource.ALERTS, "localhost:9093");
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).startsWith("sha256:");
    assertThat(other.fingerprint()).isNotEqualTo(a.fingerprint());
    assertThat(a.json().at("/context/" + SupervisorSpec.FINGERPRINT_KEY).asText())
        .isEqualTo(a.fingerprint());
    assertThat(SupervisorSpec.fingerprintOf(a.json())).isEqualTo(a.fingerprint());

    ObjectNode reordered = SupervisorSpecs.template(Datasource.ALERTS);
    JsonNode type = reordered.remove("type");
    reordered.set("type", type);
    assertThat(
            new SupervisorSpec(Datasource.ALERTS, SupervisorSpecs.template(Datasource.ALERTS))
                .fingerprint())
        .isEqualTo(new SupervisorSpec(Datasource.ALERTS, reordered).fingerprint());
  }

  @Test
  void forKafkaGivesOneSpecPerDatasource() {
    assertThat(SupervisorSpecs.forKafka("localhost:9092").stream().map(SupervisorSpec::id))
        .containsExactly(
            "queue_kpi",
            "agent_kpi",
            "queue_snapshot",
            "alerts",
            "queue_calls",
            "call_scores",
            "transcript_turns",
            "agent_scorecard");
  }

  @Test
  void everySpecFileInTheRepositoryIsADatasourcesSpec() throws IOException {
    Path dir = SharedData.repositoryRoot().resolve("schemas/druid");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              Stream.of(Datasource.values()).map(d -> d.datasourceName() + ".json").toList());
    }
    for (Datasource d : Datasource.values()) {
      assertThat(SupervisorSpecs.text(d))
          .isEqualTo(Files.readString(dir.resolve(d.datasourceName() + ".json")));
    }
  }

  private static String timestamp(Datasource d) {
    JsonNode ts = SupervisorSpecs.template(d).at("/spec/dataSchema/timestampSpec");
    return ts.path("column").asText() + "/" + ts.path("format").asText();
  }

  private static List<String> columns(Datasource d) {
    return DatasourceColumn.of(d).stream().map(c -> c.name() + ":" + c.druidType()).toList();
  }
}
