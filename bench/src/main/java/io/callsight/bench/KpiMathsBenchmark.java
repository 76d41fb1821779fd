package io.callsight.bench;

import io.callsight.jobs.kpi.AgentInput;
import io.callsight.jobs.kpi.AgentTimeline;
import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.CallProgress;
import io.callsight.jobs.kpi.CallStep;
import io.callsight.jobs.kpi.CallTracking;
import io.callsight.jobs.kpi.ErlangC;
import io.callsight.jobs.kpi.Intervals;
import io.callsight.jobs.kpi.QueueIntervalStats;
import io.callsight.jobs.kpi.QueueTargets;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.EndedBy;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The KPI maths on its own, per event or fact: what one core can do before Flink, Kafka and JSON
 * add their cost. Each benchmark handles {@value #CALLS} calls per invocation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KpiMathsBenchmark {
  static final int CALLS = 1_000;
  static final int EVENTS_PER_CALL = 5;
  static final Intervals QUARTERS = Intervals.fixed(Duration.ofMinutes(15), ZoneOffset.UTC);

  final CallTracking tracking =
      new CallTracking(Duration.ofSeconds(1), Duration.ofMinutes(30), Duration.ofHours(4));
  List<CallEvent> events;
  List<CallFact> facts;
  List<AgentInput> agentDay;
  List<byte[]> eventJson;

  @Setup(Level.Trial)
  public void makeTraffic() {
    SplittableRandom random = new SplittableRandom(7);
    long t = 1_700_000_000_000L;
    events = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      String call = "c" + i;
      long wait = random.nextLong(1_000, 60_000);
      long talk = random.nextLong(30_000, 600_000);
      String agent = "a" + random.nextInt(50);
      events.add(
          CallEvent.builder(call + "#0", call, t, CallEventType.QUEUED, "bench")
              .queue("q" + (i % 10))
              .build());
      events.add(
          CallEvent.builder(call + "#1", call, t + wait, CallEventType.ANSWERED, "bench")
              .queue("q" + (i % 10))
              .agentId(agent)
              .waitMs(wait)
              .build());
      events.add(
          CallEvent.builder(call + "#2", call, t + wait + 5_000, CallEventType.HOLD_START, "bench")
              .agentId(agent)
              .build());
      events.add(
          CallEvent.builder(call + "#3", call, t + wait + 15_000, CallEventType.HOLD_END, "bench")
              .agentId(agent)
              .holdMs(10_000L)
              .build());
      events.add(
          CallEvent.builder(call + "#4", call, t + wait + talk, CallEventType.ENDED, "bench")
              .agentId(agent)
              .talkMs(talk - 10_000)
              .holdMs(10_000L)
              .endedBy(EndedBy.CALLER)
              .build());
      t += random.nextLong(100, 2_000);
    }
    eventJson = events.stream().map(io.callsight.schemas.Json::toBytes).toList();
    facts = new ArrayList<>();
    for (int i = 0; i < events.size(); i += EVENTS_PER_CALL) {
      CallProgress p = new CallProgress();
      facts.addAll(tracking.start(p, events.get(i)).facts());
      for (int j = 1; j < EVENTS_PER_CALL; j++) {
        facts.addAll(tracking.accept(p, events.get(i + j)).facts());
      }
    }
    agentDay = new ArrayList<>();
    for (CallFact f : facts) {
      agentDay.addAll(AgentInput.of(f));
    }
    // A stream delivers inputs roughly in time order; out-of-order ones replay (tested apart).
    agentDay.sort(java.util.Comparator.comparingLong(in -> in.time));
  }

  /** Call tracking: de-duplication, derived durations, facts. Per event. */
  @Benchmark
  @OperationsPerInvocation(CALLS * EVENTS_PER_CALL)
  public void trackCalls(Blackhole bh) {
    for (int i = 0; i < events.size(); i += EVENTS_PER_CALL) {
      CallProgress p = new CallProgress();
      bh.consume(tracking.start(p, events.get(i)));
      for (int j = 1; j < EVENTS_PER_CALL; j++) {
        CallStep step = tracking.accept(p, events.get(i + j));
        bh.consume(step);
      }
    }
  }

  /** Interval statistics of one queue. Per fact. */
  @Benchmark
  @OperationsPerInvocation(CALLS * EVENTS_PER_CALL)
  public QueueIntervalStats countFacts() {
    QueueIntervalStats stats = new QueueIntervalStats();
    for (CallFact f : facts) {
      stats.add(f, QueueTargets.DEFAULTS);
    }
    return stats;
  }

  /** One interval row out of a thousand calls, percentiles included. Per row. */
  @Benchmark
  public Object intervalRow(Blackhole bh) {
    QueueIntervalStats stats = new QueueIntervalStats();
    for (CallFact f : facts) {
      stats.add(f, QueueTargets.DEFAULTS);
    }
    return stats.toRow("q", "a", "b", 0, QueueTargets.DEFAULTS, 0);
  }

  /** Fifty agents' timelines: states, interval accrual. Per input (4 per call). */
  @Benchmark
  @OperationsPerInvocation(CALLS * 4)
  public Object agentTimelines() {
    java.util.Map<String, AgentTimeline> agents = new java.util.HashMap<>();
    for (AgentInput in : agentDay) {
      AgentInput copy = new AgentInput(in.agentId, in.time, in.kind, in.queue, in.callId);
      agents.computeIfAbsent(in.agentId, AgentTimeline::new).accept(copy, QUARTERS);
    }
    return agents;
  }

  /** What the KPI job's sources do with each record: one call event from JSON bytes. Per event. */
  @Benchmark
  @OperationsPerInvocation(CALLS * EVENTS_PER_CALL)
  public void jsonRead(Blackhole bh) throws Exception {
    for (byte[] b : eventJson) {
      bh.consume(io.callsight.schemas.Json.fromBytes(b, CallEvent.class));
    }
  }

  /** The serde on the hot path: one call event from JSON bytes and back. Per event. */
  @Benchmark
  @OperationsPerInvocation(CALLS * EVENTS_PER_CALL)
  public void jsonRoundTrip(Blackhole bh) throws Exception {
    for (byte[] b : eventJson) {
      CallEvent e = io.callsight.schemas.Json.fromBytes(b, CallEvent.class);
      bh.consume(io.callsight.schemas.Json.toBytes(e));
    }
  }

  /** Erlang C staffing for a 100-Erlang queue. Per answer. */
  @Benchmark
  public int erlangC() {
    return ErlangC.agentsNeeded(100.0 / 180, 180, 20, 0.8);
  }
}
