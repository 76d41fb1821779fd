package io.callsight.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runtime properties of each local Druid service: bound to localhost, small buffers and thread
 * pools for a 2-core machine, every file under the stack's work folder, quick shutdown.
 */
final class DruidServiceConfig {
  private static final String MB32 = String.valueOf(32L * 1024 * 1024);

  private final DruidPorts ports;
  private final Path workDir;

  DruidServiceConfig(DruidPorts ports, Path workDir) {
    this.ports = ports;
    this.workDir = workDir;
  }

  Path logFile(String role) {
    return workDir.resolve("log").resolve(role + ".log");
  }

  Map<String, String> zookeeper() {
    Map<String, String> p = withLog("zookeeper");
    p.put("port", String.valueOf(ports.zookeeper()));
    p.put("dataDir", dir("zookeeper"));
    return p;
  }

  /**
   * The coordinator, also acting as the overlord (tasks and supervisors) and hosting the Derby
   * metadata store (an in-memory database) on the metadata port.
   */
  Map<String, String> coordinator() {
    Map<String, String> p = common("coordinator", "druid/coordinator", ports.coordinator());
    p.put("derby.system.home", dir("derby"));
    p.put("derby.stream.error.file", logFile("derby").toString());
    p.put("druid.coordinator.startDelay", "PT1S");
    p.put("druid.coordinator.period", "PT5S");
    p.put("druid.manager.segments.pollDuration", "PT5S");
    p.put("druid.coordinator.asOverlord.enabled", "true");
    p.put("druid.coordinator.asOverlord.overlordService", "druid/overlord");
    p.put("druid.indexer.queue.startDelay", "PT0S");
    p.put("druid.indexer.storage.type", "metadata");
    p.put("druid.indexer.runner.type", "httpRemote");
    return p;
  }

  Map<String, String> broker() {
    Map<String, String> p = common("broker", "druid/broker", ports.broker());
    processing(p);
    p.put("druid.broker.http.numConnections", "5");
    p.put("druid.broker.http.maxQueuedBytes", String.valueOf(5L * 1024 * 1024));
    p.put("druid.broker.cache.useCache", "false");
    p.put("druid.broker.cache.populateCache", "false");
    p.put("druid.sql.enable", "true");
    return p;
  }

  Map<String, String> historical() {
    Map<String, String> p = common("historical", "druid/historical", ports.historical());
    processing(p);
    p.put(
        "druid.segmentCache.locations",
        "[{\"path\":\"" + json(dir("segment-cache")) + "\",\"maxSize\":\"10GiB\"}]");
    p.put("druid.server.maxSize", String.valueOf(10L * 1024 * 1024 * 1024));
    return p;
  }

  /** Runs the ingestion tasks (one per Kafka supervisor and partition group) as threads. */
  Map<String, String> indexer() {
    Map<String, String> p = common("indexer", "druid/indexer", ports.indexer());
    processing(p);
    p.put("druid.server.http.numThreads", "20");
    p.put("druid.worker.capacity", "12");
    p.put("druid.worker.baseTaskDirs", "[\"" + json(dir("tasks")) + "\"]");
    p.put("druid.indexer.task.baseTaskDir", dir("tasks"));
    p.put("druid.indexer.task.restoreTasksOnRestart", "false");
    p.put("druid.indexer.task.gracefulShutdownTimeout", "PT1S");
    return p;
  }

  Map<String, String> router() {
    Map<String, String> p = common("router", "druid/router", ports.router());
    p.put("druid.router.defaultBrokerServiceName", "druid/broker");
    p.put("druid.router.coordinatorServiceName", "druid/coordinator");
    p.put("druid.router.managementProxy.enabled", "true");
    p.put("druid.router.http.numConnections", "10");
    p.put("druid.router.http.numMaxThreads", "10");
    return p;
  }

  private Map<String, String> common(String role, String service, int port) {
    Map<String, String> p = withLog(role);
    p.put("druid.service", service);
    p.put("druid.host", "localhost");
    p.put("druid.bindOnHost", "true");
    p.put("druid.plaintextPort", String.valueOf(port));
    p.put("druid.zk.service.host", "localhost:" + ports.zookeeper());
    p.put("druid.zk.paths.base", "/druid");
    p.put("druid.metadata.storage.type", "derby");
    p.put(
        "druid.metadata.storage.connector.connectURI",
        "jdbc:derby://localhost:" + ports.metadata() + "/memory:druid;create=true");
    p.put("druid.metadata.storage.connector.host", "localhost");
    p.put("druid.metadata.storage.connector.port", String.valueOf(ports.metadata()));
    p.put("druid.storage.type", "local");
    p.put("druid.storage.storageDirectory", dir("deep-storage"));
    p.put("druid.indexer.logs.type", "file");
    p.put("druid.indexer.logs.directory", dir("task-logs"));
    p.put("druid.indexer.task.baseDir", dir("tasks"));
    p.put("druid.indexer.task.hadoopWorkingPath", dir("hadoop"));
    p.put("druid.selectors.indexing.serviceName", "druid/overlord");
    p.put("druid.selectors.coordinator.serviceName", "druid/coordinator");
    // Extensions come from the classpath; no extensions folder is looked at.
    p.put("druid.extensions.directory", dir("extensions"));
    p.put("druid.extensions.hadoopDependenciesDir", dir("hadoop-dependencies"));
    p.put("druid.emitter", "noop");
    p.put("druid.indexing.doubleStorage", "double");
    p.put("druid.lookup.enableLookupSyncOnStartup", "false");
    p.put("druid.startup.logging.logProperties", "false");
    p.put("druid.server.http.numThreads", "10");
    p.put("druid.global.http.numConnections", "5");
    p.put("druid.global.http.numMaxThreads", "5");
    // Without these every stop waits 30 s for requests that never come.
    p.put("druid.server.http.gracefulShutdownTimeout", "PT1S");
    p.put("druid.server.http.unannouncePropagationDelay", "PT0S");
    p.put("druid.processing.tmpDir", dir("tmp"));
    return p;
  }

  private static void processing(Map<String, String> p) {
    p.put("druid.processing.buffer.sizeBytes", MB32);
    p.put("druid.processing.numThreads", "1");
    p.put("druid.processing.numMergeBuffers", "2");
  }

  private Map<String, String> withLog(String role) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("callsight.log.file", logFile(role).toString());
    return p;
  }

  private String dir(String name) {
    return workDir.resolve(name).toString();
  }

  private static String json(String path) {
    return path.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
