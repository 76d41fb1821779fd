package io.callsight.cli;

import io.callsight.local.DruidPorts;
import io.callsight.local.EmbeddedDruid;
import io.callsight.local.LocalStack;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code callsight stack}: Kafka and Druid on this machine, for users who run the jobs on their own
 * Flink; prints where everything is and runs until Ctrl-C.
 */
@Command(
    name = "stack",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a Kafka broker (with CallSight's topics) and a real Apache Druid on this machine,"
          + " prints where they are and runs until Ctrl-C, which stops both and removes their"
          + " files.",
      "Run the jobs against it yourself, e.g. ./callsight kpi-job --kafka <the Kafka address>."
    })
final class StackCommand implements Callable<Integer> {
  // Ctrl-C during start-up stops once start-up is done; on a busy 2-core machine that takes a
  // while.
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(5);

  @Option(
      names = "--free-ports",
      description = "Give Druid free ports instead of the usual ones (router 8888, ...)")
  boolean freePorts;

  @Option(names = "--router-port", defaultValue = "8888", description = "Default: ${DEFAULT-VALUE}")
  int routerPort;

  @Option(names = "--broker-port", defaultValue = "8082", description = "Default: ${DEFAULT-VALUE}")
  int brokerPort;

  @Option(
      names = "--coordinator-port",
      defaultValue = "8081",
      description = "Coordinator and overlord. Default: ${DEFAULT-VALUE}")
  int coordinatorPort;

  @Option(
      names = "--historical-port",
      defaultValue = "8083",
      description = "Default: ${DEFAULT-VALUE}")
  int historicalPort;

  @Option(
      names = "--indexer-port",
      defaultValue = "8091",
      description = "Default: ${DEFAULT-VALUE}")
  int indexerPort;

  @Option(
      names = "--zookeeper-port",
      defaultValue = "2181",
      description = "Default: ${DEFAULT-VALUE}")
  int zookeeperPort;

  @Option(
      names = "--metadata-port",
      defaultValue = "1527",
      description = "Druid's metadata store (Derby). Default: ${DEFAULT-VALUE}")
  int metadataPort;

  @Option(
      names = "--partitions",
      defaultValue = "2",
      description = "Partitions of each topic created. Default: ${DEFAULT-VALUE}")
  int partitions;

  @Option(
      names = "--duration",
      paramLabel = "PT10M",
      description = "Stop after this long (default: run until Ctrl-C)")
  Duration duration;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DruidPorts ports =
        freePorts
            ? DruidPorts.free()
            : new DruidPorts(
                zookeeperPort,
                metadataPort,
                coordinatorPort,
                brokerPort,
                historicalPort,
                indexerPort,
                routerPort);
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C: ask the main thread to stop and let the JVM go only once everything is down.
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                stopped.await(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "stack-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    Path dir = Files.createTempDirectory("callsight-stack");
    long started = System.nanoTime();
    boolean ran = false;
    try (LocalStack stack = LocalStack.start(dir, ports, partitions, m -> say(out, "%s", m))) {
      ran = true;
      say(out, "ready in %.0f s", (System.nanoTime() - started) / 1e9);
      printWhere(out, stack);
      say(out, "running; Ctrl-C stops");
      if (duration == null) {
        stop.await();
      } else {
        stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
      }
      say(out, "stopping Druid and Kafka ...");
    } finally {
      // LocalStack removes the folder when it stops, and when it fails to start.
      if (ran) {
        say(out, "stopped; removed %s", dir);
      }
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Already shutting down: Ctrl-C got us here.
      }
    }
    return 0;
  }

  private static void printWhere(PrintWriter out, LocalStack stack) {
    EmbeddedDruid druid = stack.druid();
    out.printf(Locale.ROOT, "  Kafka                  %s%n", stack.kafkaBootstrap());
    out.printf(
        Locale.ROOT,
        "  Druid SQL              %s  (POST {\"query\": \"SELECT ...\"})%n",
        druid.sqlUrl());
    out.printf(
        Locale.ROOT,
        "  Druid router           %s  (SQL and management APIs; Druid's web console is not"
            + " part of its Maven artifacts)%n",
        druid.routerUrl());
    out.printf(Locale.ROOT, "  Druid broker           %s%n", druid.brokerUrl());
    out.printf(
        Locale.ROOT,
        "  Druid overlord         %s  (supervisors: %s)%n",
        druid.overlordUrl(),
        druid.overlordUrl().resolve("/druid/indexer/v1/supervisor"));
    out.printf(Locale.ROOT, "  Druid logs             %s (removed on exit)%n", druid.logDir());
    out.printf(
        Locale.ROOT,
        "  run the KPI job with   ./callsight kpi-job --kafka %s%n",
        stack.kafkaBootstrap());
    out.flush();
  }

  private static void say(PrintWriter out, String format, Object... args) {
    out.println("callsight stack: " + String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
