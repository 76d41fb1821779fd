package io.callsight.local;

import io.callsight.common.WorkFolders;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A real Apache Druid on this machine, in this JVM: ZooKeeper and the coordinator (acting as
 * overlord, and hosting the Derby metadata store), broker, historical, indexer and router, each in
 * a classloader of its own over Druid's classpath (see {@link DruidClasspath}), all on localhost.
 * {@link #close()} stops everything and deletes the work folder.
 */
public final class EmbeddedDruid implements AutoCloseable {
  private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration PORT_RELEASE_TIMEOUT = Duration.ofSeconds(10);

  private final DruidPorts ports;
  private final Path workDir;
  private final DruidServiceConfig config;
  private final List<IsolatedService> running = new ArrayList<>();
  private final DruidJulLog julLog;
  private boolean closed;

  private EmbeddedDruid(DruidPorts ports, Path workDir, DruidJulLog julLog) {
    this.ports = ports;
    this.workDir = workDir;
    this.config = new DruidServiceConfig(ports, workDir);
    this.julLog = julLog;
  }

  /** Starts Druid on free ports; see {@link #start(DruidPorts, Path, Consumer)}. */
  public static EmbeddedDruid start(Path workDir, Consumer<String> progress) throws Exception {
    return start(DruidPorts.free(), workDir, progress);
  }

  /**
   * Starts Druid on {@code ports} with all its files under {@code workDir} (which must be new or
   * empty: it is deleted on close) and returns once every service is healthy and the broker and the
   * router answer SQL. {@code progress} hears what started where.
   */
  public static EmbeddedDruid start(DruidPorts ports, Path workDir, Consumer<String> progress)
      throws Exception {
    List<URL> classpath = requirePrerequisites(ports);
    requireEmpty(workDir);
    Path logDir = Files.createDirectories(workDir.resolve("log"));
    EmbeddedDruid druid =
        new EmbeddedDruid(ports, workDir, DruidJulLog.toFile(logDir.resolve("jul.log")));
    progress.accept("Druid logs go to " + druid.logDir());
    try {
      druid.startAll(classpath, progress);
      return druid;
    } catch (Exception | Error e) {
      String logs = druid.describeLogs();
      try {
        druid.close();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new IllegalStateException("Druid did not start: " + e.getMessage() + logs, e);
    }
  }

  /**
   * Fails with a message saying what to do unless Druid can start here on {@code ports}: this JVM
   * has Druid's flags, Druid's classpath file is built, every port is free. Returns the classpath.
   */
  public static List<URL> requirePrerequisites(DruidPorts ports) throws IOException {
    DruidJvmFlags.require();
    List<URL> classpath = DruidClasspath.read(DruidClasspath.file());
    ports.requireAvailable();
    return classpath;
  }

  private void startAll(List<URL> classpath, Consumer<String> progress) throws Exception {
    long t0 = System.nanoTime();
    start("zookeeper", classpath, config.zookeeper());
    progress.accept(
        String.format(Locale.ROOT, "ZooKeeper up at localhost:%d%s", ports.zookeeper(), since(t0)));
    start("coordinator", classpath, config.coordinator());
    DruidProbe.awaitHealthy(coordinatorUrl(), "coordinator", SERVICE_TIMEOUT);
    progress.accept(
        String.format(
            Locale.ROOT,
            "coordinator and overlord healthy at %s, metadata store (Derby) at localhost:%d%s",
            coordinatorUrl(),
            ports.metadata(),
            since(t0)));

    List<String> rest = List.of("broker", "historical", "indexer", "router");
    List<Map<String, String>> settings =
        List.of(config.broker(), config.historical(), config.indexer(), config.router());
    ExecutorService starter = Executors.newFixedThreadPool(rest.size());
    try {
      List<Future<IsolatedService>> started = new ArrayList<>();
      for (int i = 0; i < rest.size(); i++) {
        String role = rest.get(i);
        Map<String, String> properties = settings.get(i);
        started.add(starter.submit(() -> IsolatedService.start(role, classpath, properties)));
      }
      Exception failure = null;
      for (Future<IsolatedService> f : started) {
        try {
          synchronized (running) {
            running.add(f.get());
          }
        } catch (java.util.concurrent.ExecutionException e) {
          Exception cause = e.getCause() instanceof Exception c ? c : e;
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      starter.shutdown();
    }
    for (String role : rest) {
      URI url = url(role);
      DruidProbe.awaitHealthy(url, role, SERVICE_TIMEOUT);
      progress.accept(role + " healthy at " + url + since(t0));
    }
    DruidProbe.awaitSql(brokerUrl(), "broker", SERVICE_TIMEOUT);
    DruidProbe.awaitSql(routerUrl(), "router", SERVICE_TIMEOUT);
    progress.accept("Druid SQL answers at " + sqlUrl() + since(t0));
  }

  private void start(String role, List<URL> classpath, Map<String, String> properties)
      throws Exception {
    IsolatedService service = IsolatedService.start(role, classpath, properties);
    synchronized (running) {
      running.add(service);
    }
  }

  /** The router: Druid's single entry point for SQL and the management APIs. */
  public URI routerUrl() {
    return url("router");
  }

  /** Where to POST Druid SQL ({@code {"query": "SELECT ..."}}): through the router. */
  public URI sqlUrl() {
    return routerUrl().resolve("/druid/v2/sql");
  }

  public URI brokerUrl() {
    return url("broker");
  }

  public URI coordinatorUrl() {
    return url("coordinator");
  }

  /** The overlord (tasks, supervisors): the coordinator acts as the overlord. */
  public URI overlordUrl() {
    return coordinatorUrl();
  }

  public DruidPorts ports() {
    return ports;
  }

  /** The folder with one log file per service (deleted on close, with the work folder). */
  public Path logDir() {
    return workDir.resolve("log");
  }

  private URI url(String role) {
    int port =
        switch (role) {
          case "coordinator" -> ports.coordinator();
          case "broker" -> ports.broker();
          case "historical" -> ports.historical();
          case "indexer" -> ports.indexer();
          case "router" -> ports.router();
          default -> throw new IllegalArgumentException(role);
        };
    return URI.create("http://localhost:" + port);
  }

  /**
   * Stops every service (ZooKeeper last: Druid's services hang without it), waits for their ports
   * to be free and deletes the work folder.
   */
  @Override
  public synchronized void close() throws Exception {
    if (closed) {
      return;
    }
    closed = true;
    Exception failure = null;
    List<IsolatedService> services;
    synchronized (running) {
      services = new ArrayList<>(running);
      running.clear();
    }
    // The router before the servers it routes to, the coordinator (with Derby) late, ZooKeeper
    // last.
    services.sort(Comparator.comparingInt(s -> stopOrder(s.role())));
    for (IsolatedService s : services) {
      try {
        s.close();
      } catch (Exception e) {
        Exception stop = new IllegalStateException("stopping the " + s.role() + ": " + e, e);
        if (failure == null) {
          failure = stop;
        } else {
          failure.addSuppressed(stop);
        }
      }
    }
    try {
      awaitPortsFree();
    } catch (IllegalStateException e) {
      failure = failure == null ? e : failure;
    }
    julLog.close();
    WorkFolders.delete(workDir);
    if (failure != null) {
      throw failure;
    }
  }

  private static int stopOrder(String role) {
    return List.of("router", "broker", "indexer", "historical", "coordinator", "zookeeper")
        .indexOf(role);
  }

  private void awaitPortsFree() {
    long deadline = System.nanoTime() + PORT_RELEASE_TIMEOUT.toNanos();
    for (Map.Entry<String, Integer> e : ports.byService().entrySet()) {
      while (!DruidPorts.isFree(e.getValue())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "the " + e.getKey() + " still holds port " + e.getValue() + " after stopping");
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private String describeLogs() {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> logs = Files.list(logDir())) {
      for (Path log : logs.sorted().toList()) {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<String> errors =
            lines.stream().filter(l -> l.contains(" ERROR ") || l.contains(" WARN ")).toList();
        if (!errors.isEmpty()) {
          text.append("\n--- ").append(log.getFileName()).append(" (last warnings and errors)\n");
          errors
              .subList(Math.max(0, errors.size() - 5), errors.size())
              .forEach(l -> text.append(l).append('\n'));
        }
      }
    } catch (IOException e) {
      text.append("\n(could not read the Druid logs in ").append(logDir()).append(": ").append(e);
    }
    return text.toString();
  }

  private static String since(long t0) {
    return String.format(Locale.ROOT, " (%.1f s)", (System.nanoTime() - t0) / 1e9);
  }

  private static void requireEmpty(Path workDir) throws IOException {
    if (Files.isDirectory(workDir)) {
      try (Stream<Path> entries = Files.list(workDir)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(
              "Druid's work folder "
                  + workDir
                  + " is not empty; it is deleted when Druid stops, so give it a new folder");
        }
      }
    } else if (Files.exists(workDir)) {
      throw new IllegalArgumentException("Druid's work folder " + workDir + " is not a folder");
    }
  }
}
