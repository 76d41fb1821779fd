package io.callsight.bench;

import io.callsight.jobs.flink.KafkaIo;
import io.callsight.jobs.flink.SplitDecoded;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJob;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.Topic;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** The cheapest job over the same topics: decode, key by call (one shuffle), discard. */
final class Baseline {
  private Baseline() {}

  static JobClient run(StreamExecutionEnvironment env, KpiOptions options) throws Exception {
    KpiJob.configure(env, options);
    for (var topic :
        new Object[][] {
          {Topic.CALL_EVENTS, CallEvent.class}, {Topic.AGENT_EVENTS, AgentEvent.class}
        }) {
      decodeAndDiscard(env, options, (Topic) topic[0], (Class<?>) topic[1]);
    }
    return env.executeAsync("baseline");
  }

  private static <T> void decodeAndDiscard(
      StreamExecutionEnvironment env, KpiOptions options, Topic topic, Class<T> type) {
    env.fromSource(
            KafkaIo.source(options.bootstrapServers(), options.groupId(), topic, type, "baseline"),
            WatermarkStrategy.noWatermarks(),
            topic.topicName())
        .process(new SplitDecoded<T>())
        .returns(type)
        .keyBy(Object::hashCode)
        .sinkTo(new DiscardingSink<>());
  }
}
