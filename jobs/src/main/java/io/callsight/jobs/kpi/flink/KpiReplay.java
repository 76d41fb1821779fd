package io.callsight.jobs.kpi.flink;

import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.Json;
import io.callsight.schemas.QueueKpi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.util.CloseableIterator;

/**
 * Runs the KPI job over bounded input (a file replay) and gathers what it produced: the final
 * revision of every queue and agent row, and every dead letter.
 */
public final class KpiReplay {
  private KpiReplay() {}

  /** What a replay produced. */
  public record Result(
      List<QueueKpi> queueRows, List<AgentKpi> agentRows, List<DeadLetter> deadLetters) {}

  /**
   * Builds the job over the given streams (with timestamps and watermarks) and runs it to the end.
   *
   * @param inputDeadLetters what the input's own parsing set aside, reported with the job's; null
   *     when the input sets nothing aside
   */
  public static Result run(
      DataStream<CallEvent> calls,
      DataStream<AgentEvent> agents,
      DataStream<DeadLetter> inputDeadLetters,
      KpiOptions options)
      throws Exception {
    KpiJob.Streams out = KpiJob.build(calls, agents, options);
    // One collected stream: each record tagged with its kind, so one job run yields all three.
    DataStream<String> tagged =
        out.queueKpi()
            .map((MapFunction<QueueKpi, String>) r -> "Q" + Json.toJson(r))
            .name("tag queue rows")
            .union(
                out.agentKpi()
                    .map((MapFunction<AgentKpi, String>) r -> "A" + Json.toJson(r))
                    .name("tag agent rows"),
                (inputDeadLetters == null
                        ? out.deadLetters()
                        : out.deadLetters().union(inputDeadLetters))
                    .map((MapFunction<DeadLetter, String>) r -> "D" + Json.toJson(r))
                    .name("tag dead letters"));
    Map<String, QueueKpi> queues = new LinkedHashMap<>();
    Map<String, AgentKpi> agentRows = new LinkedHashMap<>();
    List<DeadLetter> deadLetters = new ArrayList<>();
    try (CloseableIterator<String> it = tagged.executeAndCollect("CallSight KPI replay")) {
      while (it.hasNext()) {
        String s = it.next();
        byte[] json = s.substring(1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        switch (s.charAt(0)) {
          case 'Q' -> {
            QueueKpi r = Json.fromBytes(json, QueueKpi.class);
            queues.merge(
                r.queue() + "|" + r.intervalStart(),
                r,
                (a, b) -> b.revision() > a.revision() ? b : a);
          }
          case 'A' -> {
            AgentKpi r = Json.fromBytes(json, AgentKpi.class);
            agentRows.merge(
                r.agentId() + "|" + r.intervalStart(),
                r,
                (a, b) -> b.revision() > a.revision() ? b : a);
          }
          default -> deadLetters.add(Json.fromBytes(json, DeadLetter.class));
        }
      }
    }
    List<QueueKpi> q = new ArrayList<>(queues.values());
    q.sort(Comparator.comparing(QueueKpi::queue).thenComparing(QueueKpi::intervalStart));
    List<AgentKpi> a = new ArrayList<>(agentRows.values());
    a.sort(Comparator.comparing(AgentKpi::agentId).thenComparing(AgentKpi::intervalStart));
    return new Result(q, a, deadLetters);
  }
}
