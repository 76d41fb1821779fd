package io.callsight.bench;

import io.callsight.jobs.flink.CallEventSerializer;
import io.callsight.jobs.flink.KafkaIo;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJob;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.Topic;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** The cheapest job over the same topics: decode, key by call (one shuffle), discard. */
final class Baseline {
  private Baseline() {}

  static JobClient run(StreamExecutionEnvironment env, KpiOptions options) throws Exception {
    KpiJob.configure(env, options);
    // The KPI job's own types, so the two differ only in what the job does with the events.
    decodeAndDiscard(env, options, Topic.CALL_EVENTS, CallEventSerializer.TYPE);
    decodeAndDiscard(env, options, Topic.AGENT_EVENTS, TypeInformation.of(AgentEvent.class));
    return env.executeAsync("baseline");
  }

  private static <T> void decodeAndDiscard(
      StreamExecutionEnvironment env, KpiOptions options, Topic topic, TypeInformation<T> type) {
    KafkaIo.decoded(
            env,
            options.bootstrapServers(),
            options.groupId(),
            topic,
            type,
            WatermarkStrategy.noWatermarks(),
            "baseline")
        .keyBy(Object::hashCode)
        .sinkTo(new DiscardingSink<>());
  }
}
