package io.callsight.cli;

import io.callsight.ingest.sim.Pacing;
import io.callsight.ingest.sim.SimulateOptions;
import io.callsight.ingest.sim.SimulateService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code callsight simulate}: a seeded contact centre writing events to Kafka or a queue_log. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a contact centre (Poisson arrivals on a daily curve, agents with shifts, breaks,"
          + " talk, hold and wrap-up, impatient callers, transfers, repeat callers) and writes the"
          + " same events a switch adapter would: to Kafka, or as an Asterisk queue_log.",
      "Seeded: the same seed and options give the same calls."
    })
final class SimulateCommand implements Callable<Integer> {
  @Option(
      names = "--profile",
      defaultValue = "small",
      description =
          "small (2 queues, 20 agents), medium (10 x 50) or large (50 x 2,000)."
              + " Default: ${DEFAULT-VALUE}")
  String profile;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed. Default: ${DEFAULT-VALUE}")
  long seed;

  @Option(
      names = "--pacing",
      defaultValue = "realtime",
      description =
          "realtime (events are written when due, stamped now) or max (as fast as"
              + " possible, simulated time from --start). Default: ${DEFAULT-VALUE}")
  Pacing pacing;

  @Option(names = "--speed", description = "realtime only: run the clock this many times faster")
  Double speed;

  @Option(
      names = "--start",
      paramLabel = "INSTANT",
      description = "max only: simulated start," + " e.g. 2024-03-04T01:00:00Z")
  Instant start;

  @Option(names = "--duration", paramLabel = "PT1H", description = "Simulated time to run")
  Duration duration;

  @Option(names = "--events", paramLabel = "N", description = "Stop after exactly N events")
  Long events;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Output output;

  static final class Output {
    @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "Write to Kafka")
    String kafka;

    @Option(names = "--queue-log", paramLabel = "FILE", description = "Append to a queue_log")
    Path queueLog;
  }

  @Option(
      names = "--partitions",
      defaultValue = "3",
      description = "Partitions of topics this" + " creates. Default: ${DEFAULT-VALUE}")
  int partitions;

  @Option(names = "--arrival-scale", defaultValue = "1", description = "Multiply arrivals")
  double arrivalScale;

  @Option(names = "--staff-scale", defaultValue = "1", description = "Multiply agents")
  double staffScale;

  @Option(names = "--zone", description = "The centre's time zone (default: the profile's)")
  ZoneId zone;

  @Option(
      names = "--metrics-port",
      defaultValue = "9403",
      description =
          "Prometheus endpoint port (0: any free port, -1: none). Default: ${DEFAULT-VALUE}")
  int metricsPort;

  @Mixin CallerKey callerKey;

  @Override
  public Integer call() throws Exception {
    SimulateOptions.Builder b =
        SimulateOptions.builder()
            .profile(profile)
            .seed(seed)
            .pacing(pacing)
            .partitions(partitions)
            .arrivalScale(arrivalScale)
            .staffScale(staffScale)
            .metricsPort(metricsPort)
            .zone(zone);
    if (speed != null) {
      b.speed(speed);
    }
    if (start != null) {
      b.start(start);
    }
    if (duration != null) {
      b.duration(duration);
    }
    if (events != null) {
      b.events(events);
    }
    if (output.kafka != null) {
      b.bootstrapServers(output.kafka).callerHashKey(callerKey.require());
    } else {
      b.queueLog(output.queueLog);
    }
    new SimulateService(b.build(), System.err).run();
    return 0;
  }
}
