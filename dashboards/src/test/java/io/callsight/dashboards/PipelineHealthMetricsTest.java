package io.callsight.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.ingest.IngestMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ingest metrics the Pipeline health dashboard charts are the ones the ingest code serves. */
class PipelineHealthMetricsTest {
  @Test
  void everyCallsightMetricChartedIsServedByTheIngestProcesses() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    IngestMetrics metrics = new IngestMetrics(registry, "asterisk-queue-log");
    metrics.recordRead();
    metrics.callEventParsed();
    metrics.recordIgnored();
    metrics.deadLettered("MALFORMED");
    Set<String> served = PromQueries.exposed(registry.scrape());

    int charted = 0;
    for (String[] q : PromQueries.all()) {
      for (String metric : PromQueries.metrics(q[1], "callsight_")) {
        assertThat(served).as(q[0] + ": " + q[1]).contains(metric);
        charted++;
      }
    }
    assertThat(charted).isGreaterThanOrEqualTo(5);
  }

  @Test
  void readsMetricNamesAndLabelMatchersOutOfPromQl() {
    String expr =
        "sum by (job_name) (rate(flink_taskmanager_job_task_operator_numRecordsIn"
            + "{operator_name=~\"dead_letters_to_Kafka.*\"}[$__rate_interval])) + callsight_x_total";
    assertThat(PromQueries.metrics(expr, "flink_"))
        .containsExactly("flink_taskmanager_job_task_operator_numRecordsIn");
    assertThat(PromQueries.metrics(expr, "callsight_")).containsExactly("callsight_x_total");
    assertThat(PromQueries.labelMatches(expr))
        .containsExactly(
            new PromQueries.LabelMatch(
                "flink_taskmanager_job_task_operator_numRecordsIn",
                "operator_name",
                "dead_letters_to_Kafka.*"));
  }
}
