package io.callsight.druid;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.Json;
import org.junit.jupiter.api.Test;

/** The overlord's supervisor report, read down to what a waiting user needs. */
class SupervisorStatusTest {
  @Test
  void aSupervisorWithoutItsTopicSaysSo() throws Exception {
    SupervisorStatus status =
        SupervisorStatus.fromReport(
            "queue_kpi",
            Json.mapper()
                .readTree(
                    """
                    {"id":"queue_kpi","generationTime":"2026-11-23T20:36:00Z","payload":{
                      "dataSource":"queue_kpi","stream":"queue-kpi","partitions":0,"suspended":false,
                      "healthy":true,"state":"RUNNING","detailedState":"CONNECTING_TO_STREAM",
                      "recentErrors":[{"timestamp":"2026-11-23T20:35:58Z",
                        "exceptionClass":"org.apache.druid.java.util.common.ISE",
                        "message":"org.apache.druid.java.util.common.ISE: No partitions found for stream [queue-kpi]",
                        "streamException":false}]}}"""));
    assertThat(status.state()).isEqualTo("RUNNING");
    assertThat(status.summary())
        .isEqualTo("RUNNING/CONNECTING_TO_STREAM: No partitions found for stream [queue-kpi]");
  }

  @Test
  void aHealthyRunningSupervisorIsWaitingForRows() throws Exception {
    SupervisorStatus status =
        SupervisorStatus.fromReport(
            "alerts",
            Json.mapper()
                .readTree(
                    "{\"payload\":{\"healthy\":true,\"state\":\"RUNNING\","
                        + "\"detailedState\":\"RUNNING\",\"recentErrors\":[]}}"));
    assertThat(status.summary()).isEqualTo("running, no rows yet");
  }
}
