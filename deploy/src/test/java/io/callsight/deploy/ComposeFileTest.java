package io.callsight.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.ingest.asterisk.QueueLogIngestOptions;
import io.callsight.ingest.recordings.RecordingsIngestOptions;
import io.callsight.ingest.sim.SimulateOptions;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.jobs.kpi.flink.KpiJobMain;
import io.callsight.jobs.quality.QualityOptions;
import io.callsight.jobs.quality.flink.QualityJobMain;
import io.callsight.jobs.transcribe.TranscribeOptions;
import io.callsight.jobs.transcribe.flink.TranscribeJobMain;
import io.callsight.schemas.Topic;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot run here (no Docker engine): this checks what can be checked without
 * one — it parses, what it mounts and builds from exists, images are pinned in .env, host ports are
 * unique, and every service is configured the way the code and the Druid contract expect.
 */
class ComposeFileTest {
  final Stack stack = Stack.load();

  @Test
  void everyVariableIsPinnedInDotEnvOrIsARequiredSecret() throws Exception {
    String text = Files.readString(Stack.ROOT.resolve("docker-compose.yml"));
    Map<String, Boolean> variables = Stack.variablesIn(text);
    assertThat(variables).isNotEmpty();
    variables.forEach(
        (name, required) -> {
          if (required) {
            assertThat(stack.env)
                .as(name + " is a secret: keep it out of .env")
                .doesNotContainKey(name);
          } else {
            assertThat(stack.env).as("${" + name + "} must be set in .env").containsKey(name);
          }
        });
    assertThat(variables)
        .containsEntry("CALLSIGHT_CALLER_KEY", true)
        .containsEntry("DRUID_DB_PASSWORD", true)
        .containsEntry("GRAFANA_ADMIN_PASSWORD", true);
  }

  @Test
  void everyImageIsPinnedInDotEnvOrBuiltFromTheRepository() throws Exception {
    String dockerfile = Files.readString(Stack.ROOT.resolve("deploy/Dockerfile"));
    stack
        .services()
        .forEach(
            (name, service) -> {
              Object build = service.get("build");
              if (build != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> b = (Map<String, Object>) build;
                assertThat(Stack.ROOT.resolve((String) b.get("context"))).as(name).isDirectory();
                assertThat(Stack.ROOT.resolve((String) b.get("dockerfile")))
                    .as(name)
                    .isRegularFile();
                assertThat(dockerfile)
                    .as(name + " target")
                    .contains(" AS " + b.get("target") + "\n");
                @SuppressWarnings("unchecked")
                Map<String, Object> args = (Map<String, Object>) b.get("args");
                args.forEach(
                    (arg, value) -> {
                      assertThat(dockerfile).as(name).contains("ARG " + arg + "\n");
                      assertThat(pinned(stack.interpolate((String) value)))
                          .as(name + " " + arg)
                          .isTrue();
                    });
                assertThat((String) service.get("image")).as(name).endsWith(":local");
              } else {
                String image = (String) service.get("image");
                assertThat(image).as(name + " image").matches("\\$\\{[A-Z_]+_IMAGE}");
                assertThat(pinned(stack.interpolate(image))).as(name + " " + image).isTrue();
              }
            });
    assertThat(stack.env.get("GRAFADRUID_VERSION")).matches("\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void everythingMountedOrReadFromTheRepositoryExists() {
    @SuppressWarnings("unchecked")
    Map<String, Object> named = (Map<String, Object>) stack.compose.get("volumes");
    stack
        .services()
        .forEach(
            (name, service) -> {
              for (String volume : stack.volumes(name)) {
                String source = volume.split(":")[0];
                if (source.startsWith(".")) {
                  assertThat(Stack.ROOT.resolve(source)).as(name + " mounts " + source).exists();
                } else if (!source.startsWith("$")) {
                  assertThat(named).as(name + " uses volume " + source).containsKey(source);
                }
              }
              Object envFile = service.get("env_file");
              if (envFile != null) {
                assertThat(Stack.ROOT.resolve((String) envFile)).as(name).isRegularFile();
              }
            });
    assertThat(named).containsKey("vosk-model");
  }

  @Test
  void hostPortsAreUnique() {
    Map<String, String> owner = new HashMap<>();
    stack
        .services()
        .forEach(
            (name, service) -> {
              Object ports = service.get("ports");
              if (ports != null) {
                for (Object port : (List<?>) ports) {
                  String host = String.valueOf(port).split(":")[0];
                  assertThat(owner.put(host, name))
                      .as("host port " + host + " of " + name)
                      .isNull();
                }
              }
            });
    assertThat(owner).containsKeys("9092", "8081", "8082", "8083", "8888", "3000", "9090");
  }

  @Test
  void kafkaIsReachedAsTheCodeExpectsInsideAndOutside() {
    Map<String, String> advertised =
        listeners(stack.environment("kafka", "KAFKA_ADVERTISED_LISTENERS"));
    Map<String, String> listening = listeners(stack.environment("kafka", "KAFKA_LISTENERS"));
    // Outside: the code's default bootstrap reaches the EXTERNAL listener through the host port.
    assertThat(advertised.get("EXTERNAL")).isEqualTo(KpiOptions.BOOTSTRAP.defaultValue());
    String hostPort = advertised.get("EXTERNAL").split(":")[1];
    assertThat(publishedPorts("kafka"))
        .contains(hostPort + ":" + listening.get("EXTERNAL").split(":")[1]);
    // Inside: every service uses the INTERNAL listener.
    String internal = advertised.get("INTERNAL");
    assertThat(internal).isEqualTo("kafka:9092");
    assertThat(stack.flag("ingest", "--kafka")).isEqualTo(internal);
    assertThat(stack.flag("simulator", "--kafka")).isEqualTo(internal);
    assertThat(stack.environment("kafka-topics", "KAFKA_BOOTSTRAP")).isEqualTo(internal);
    assertThat(stack.environment("druid-supervisors", "KAFKA_BOOTSTRAP")).isEqualTo(internal);
    assertThat(jobOptions().bootstrapServers()).isEqualTo(internal);
  }

  @Test
  void theTopicsCreatedAreTheTopicRegistry() throws Exception {
    String script = script("deploy/kafka/create-topics.sh");
    Matcher m = Pattern.compile("TOPICS=\\(([^)]*)\\)").matcher(script);
    assertThat(m.find()).as("create-topics.sh declares TOPICS=(...)").isTrue();
    assertThat(Arrays.asList(m.group(1).trim().split("\\s+")))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Topic.values()).map(Topic::topicName).toList());
    assertThat(stack.mountedAt("kafka-topics", "/opt/callsight/create-topics.sh"))
        .isEqualTo("./deploy/kafka/create-topics.sh");
    int partitions = Integer.parseInt(stack.environment("kafka-topics", "KAFKA_PARTITIONS"));
    assertThat(partitions).isGreaterThanOrEqualTo(jobOptions().parallelism());
  }

  @Test
  void theFlinkClusterRunsTheJobJarMavenBuilds() throws Exception {
    List<String> command = stack.command("jobmanager");
    assertThat(command.subList(0, 3))
        .containsExactly("standalone-job", "--job-classname", KpiJobMain.class.getName());
    // The Dockerfile copies the jar the jobs module's shade plugin writes into usrlib/.
    String pom = Files.readString(Stack.ROOT.resolve("jobs/pom.xml"));
    Matcher out =
        Pattern.compile("<outputFile>\\$\\{project.build.directory}/([^<]+)</outputFile>")
            .matcher(pom);
    assertThat(out.find()).as("jobs/pom.xml shades to an outputFile").isTrue();
    String jar = "jobs/target/" + out.group(1);
    String dockerfile = Files.readString(Stack.ROOT.resolve("deploy/Dockerfile"));
    assertThat(dockerfile)
        .contains("cp " + jar + " ")
        .contains("/opt/flink/usrlib/" + out.group(1));

    KpiOptions options = jobOptions();
    assertThat(options.parallelism())
        .isEqualTo(Integer.parseInt(stack.env.get("FLINK_PARALLELISM")));
    assertThat(options.checkpointDir()).startsWith("file:///opt/flink/checkpoints/");
    assertThat(stack.mountedAt("jobmanager", "/opt/flink/checkpoints"))
        .isEqualTo("flink-checkpoints");
    assertThat(stack.mountedAt("taskmanager", "/opt/flink/checkpoints"))
        .isEqualTo("flink-checkpoints");
    assertThat(flinkProperty("jobmanager", "taskmanager.numberOfTaskSlots"))
        .isEqualTo(stack.env.get("FLINK_PARALLELISM"));
    assertThat(flinkProperty("taskmanager", "jobmanager.rpc.address")).isEqualTo("jobmanager");
  }

  @Test
  void theQualityJobHasItsOwnClusterReadingTheTopicsTheOtherJobsWrite() {
    List<String> command = stack.command("quality-jobmanager");
    assertThat(command.subList(0, 3))
        .containsExactly("standalone-job", "--job-classname", QualityJobMain.class.getName());
    QualityOptions options = QualityJobMain.options(command.subList(3, command.size()));
    assertThat(options.bootstrapServers()).isEqualTo("kafka:9092");
    assertThat(options.zone()).isEqualTo(jobOptions().timeZone());
    assertThat(options.zone().getId()).isEqualTo(stack.env.get("CENTRE_TIME_ZONE"));
    assertThat(options.checkpointDir())
        .startsWith("file:///opt/flink/checkpoints/")
        .isNotEqualTo(jobOptions().checkpointDir());
    assertThat(stack.mountedAt("quality-taskmanager", "/opt/flink/checkpoints"))
        .isEqualTo("flink-checkpoints");
    for (String node : List.of("quality-jobmanager", "quality-taskmanager")) {
      assertThat(flinkProperty(node, "jobmanager.rpc.address")).isEqualTo("quality-jobmanager");
    }
  }

  @Test
  void theTranscriptionJobHasItsOwnClusterWithTheModelAndTheRecordings() {
    List<String> command = stack.command("transcribe-jobmanager");
    assertThat(command.subList(0, 3))
        .containsExactly("standalone-job", "--job-classname", TranscribeJobMain.class.getName());
    TranscribeOptions options = TranscribeJobMain.options(command.subList(3, command.size()));
    assertThat(options.bootstrapServers()).isEqualTo("kafka:9092");
    assertThat(options.parallelism())
        .isEqualTo(Integer.parseInt(stack.env.get("SPEECH_PARALLELISM")));
    assertThat(options.checkpointDir())
        .startsWith("file:///opt/flink/checkpoints/")
        .isNotEqualTo(jobOptions().checkpointDir());
    for (String node : List.of("transcribe-jobmanager", "transcribe-taskmanager")) {
      // The JobManager checks the model before it starts the job; the TaskManagers load it.
      assertThat(stack.mountedAt(node, options.speech().modelDir()))
          .as(node)
          .isEqualTo("vosk-model");
      assertThat(flinkProperty(node, "jobmanager.rpc.address")).isEqualTo("transcribe-jobmanager");
    }
    assertThat(flinkProperty("transcribe-taskmanager", "taskmanager.numberOfTaskSlots"))
        .isEqualTo(stack.env.get("SPEECH_PARALLELISM"));
    // Recordings are announced by path: the TaskManagers read them at the same path.
    String folder = stack.flag("recordings-ingest", "--dir");
    assertThat(stack.mountedAt("recordings-ingest", folder))
        .isEqualTo("${ASTERISK_RECORDINGS_DIR}");
    assertThat(stack.mountedAt("transcribe-taskmanager", folder))
        .isEqualTo("${ASTERISK_RECORDINGS_DIR}");
    String state = stack.flag("recordings-ingest", "--state");
    assertThat(stack.mountedAt("recordings-ingest", state.substring(0, state.lastIndexOf('/'))))
        .isEqualTo("ingest-state");
    assertThat(List.of("agent-left", "agent-right", "mono"))
        .contains(stack.flag("recordings-ingest", "--layout"));
  }

  @Test
  void druidServicesFollowTheContract() {
    Map<String, String> druid = Stack.dotEnv(Stack.ROOT.resolve("deploy/druid/environment"));
    assertThat(druid.get("druid_extensions_loadList"))
        .contains("\"druid-kafka-indexing-service\"")
        .contains("\"druid-datasketches\"")
        .contains("\"postgresql-metadata-storage\"");
    assertThat(druid.get("druid_zk_service_host")).isEqualTo("zookeeper:2181");
    assertThat(druid.get("druid_metadata_storage_connector_connectURI"))
        .isEqualTo(
            "jdbc:postgresql://postgres:5432/" + stack.environment("postgres", "POSTGRES_DB"));
    assertThat(druid.get("druid_metadata_storage_connector_user"))
        .isEqualTo(stack.environment("postgres", "POSTGRES_USER"));
    for (String service :
        List.of("coordinator", "broker", "historical", "middlemanager", "router")) {
      assertThat(stack.service(service).get("env_file"))
          .as(service)
          .isEqualTo("./deploy/druid/environment");
    }
    for (String service : List.of("coordinator", "historical", "middlemanager")) {
      assertThat(stack.mountedAt(service, "/opt/shared")).as(service).isEqualTo("druid-shared");
    }
    // Router on 8888 as in the contract; the supervisors and Grafana go through it.
    assertThat(publishedPorts("router")).containsExactly("8888:8888");
    assertThat(stack.environment("druid-supervisors", "DRUID_URL")).isEqualTo("http://router:8888");
    assertThat(stack.mountedAt("druid-supervisors", "/opt/callsight/schemas"))
        .isEqualTo("./schemas");
    assertThat(script("deploy/druid/submit-supervisors.sh"))
        .contains("/opt/callsight/schemas/druid/*.json");
    Map<String, Object> grafanaDruid = datasource("grafadruid-druid-datasource");
    @SuppressWarnings("unchecked")
    Map<String, Object> jsonData = (Map<String, Object>) grafanaDruid.get("jsonData");
    assertThat(jsonData.get("connection.url")).isEqualTo("http://router:8888");
  }

  @Test
  void prometheusScrapesEveryMetricsPortTheCodeServes() {
    assertThat(stack.flag("ingest", "--metrics-port"))
        .isEqualTo(String.valueOf(QueueLogIngestOptions.DEFAULT_METRICS_PORT));
    assertThat(stack.flag("simulator", "--metrics-port"))
        .isEqualTo(String.valueOf(SimulateOptions.DEFAULT_METRICS_PORT));
    assertThat(stack.flag("recordings-ingest", "--metrics-port"))
        .isEqualTo(String.valueOf(RecordingsIngestOptions.DEFAULT_METRICS_PORT));
    String flinkPort = flinkProperty("jobmanager", "metrics.reporter.prom.port");
    assertThat(flinkProperty("transcribe-jobmanager", "metrics.reporter.prom.port"))
        .isEqualTo(flinkPort);
    List<String> targets = scrapeTargets();
    assertThat(targets)
        .containsExactlyInAnyOrder(
            "ingest:" + QueueLogIngestOptions.DEFAULT_METRICS_PORT,
            "recordings-ingest:" + RecordingsIngestOptions.DEFAULT_METRICS_PORT,
            "simulator:" + SimulateOptions.DEFAULT_METRICS_PORT,
            "jobmanager:" + flinkPort,
            "taskmanager:" + flinkPort,
            "transcribe-jobmanager:" + flinkPort,
            "transcribe-taskmanager:" + flinkPort,
            "quality-jobmanager:" + flinkPort,
            "quality-taskmanager:" + flinkPort);
    for (String target : targets) {
      assertThat(stack.services()).containsKey(target.split(":")[0]);
    }
    assertThat(stack.mountedAt("prometheus", "/etc/prometheus/prometheus.yml"))
        .isEqualTo("./deploy/prometheus/prometheus.yml");
    assertThat(datasource("prometheus").get("url"))
        .isEqualTo("http://prometheus:" + publishedPorts("prometheus").get(0).split(":")[1]);
  }

  @Test
  void grafanaHasTheDruidPluginAndTheDashboardsProvisioned() {
    assertThat(stack.environment("grafana", "GF_INSTALL_PLUGINS"))
        .isEqualTo("grafadruid-druid-datasource " + stack.env.get("GRAFADRUID_VERSION"));
    assertThat(stack.mountedAt("grafana", "/etc/grafana/provisioning"))
        .isEqualTo("./dashboards/provisioning");
    Map<String, Object> provider =
        first(
            Stack.yaml(Stack.ROOT.resolve("dashboards/provisioning/dashboards/callsight.yaml")),
            "providers");
    @SuppressWarnings("unchecked")
    String path = (String) ((Map<String, Object>) provider.get("options")).get("path");
    assertThat(stack.mountedAt("grafana", path)).isEqualTo("./dashboards/json");
    String home = stack.environment("grafana", "GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
    assertThat(home).startsWith(path + "/");
    assertThat(Stack.ROOT.resolve("dashboards/json").resolve(home.substring(path.length() + 1)))
        .isRegularFile();
  }

  @Test
  void theIngestFollowsTheQueueLogAndKeepsItsPositionOnAVolume() {
    assertThat(stack.command("ingest").subList(0, 2)).containsExactly("ingest", "queue-log");
    assertThat(stack.command("ingest")).contains("--follow");
    String file = stack.flag("ingest", "--file");
    String folder = file.substring(0, file.lastIndexOf('/'));
    assertThat(stack.mountedAt("ingest", folder)).isEqualTo("${ASTERISK_LOG_DIR}");
    String offsets = stack.flag("ingest", "--offsets");
    assertThat(stack.mountedAt("ingest", offsets.substring(0, offsets.lastIndexOf('/'))))
        .isEqualTo("ingest-state");
  }

  private KpiOptions jobOptions() {
    List<String> command = stack.command("jobmanager");
    return KpiJobMain.options(command.subList(3, command.size()));
  }

  private String flinkProperty(String service, String key) {
    for (String line : stack.environment(service, "FLINK_PROPERTIES").split("\n")) {
      if (line.startsWith(key + ":")) {
        return line.substring(key.length() + 1).trim();
      }
    }
    throw new IllegalStateException(service + ": FLINK_PROPERTIES has no " + key);
  }

  private List<String> publishedPorts(String service) {
    Object ports = stack.service(service).get("ports");
    List<String> out = new ArrayList<>();
    if (ports != null) {
      ((List<?>) ports).forEach(p -> out.add(String.valueOf(p)));
    }
    return out;
  }

  private static Map<String, String> listeners(String list) {
    Map<String, String> byName = new HashMap<>();
    for (String listener : list.split(",")) {
      String[] parts = listener.split("://");
      byName.put(parts[0], parts[1]);
    }
    return byName;
  }

  @SuppressWarnings("unchecked")
  private List<String> scrapeTargets() {
    Map<String, Object> config = Stack.yaml(Stack.ROOT.resolve("deploy/prometheus/prometheus.yml"));
    List<String> targets = new ArrayList<>();
    for (Object job : (List<Object>) config.get("scrape_configs")) {
      for (Object sc : (List<Object>) ((Map<String, Object>) job).get("static_configs")) {
        targets.addAll((List<String>) ((Map<String, Object>) sc).get("targets"));
      }
    }
    return targets;
  }

  private static Map<String, Object> datasource(String type) {
    Map<String, Object> provisioning =
        Stack.yaml(Stack.ROOT.resolve("dashboards/provisioning/datasources/callsight.yaml"));
    for (Object ds : (List<?>) provisioning.get("datasources")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> d = (Map<String, Object>) ds;
      if (type.equals(d.get("type"))) {
        return d;
      }
    }
    throw new IllegalStateException("no provisioned datasource of type " + type);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> first(Map<String, Object> doc, String key) {
    return (Map<String, Object>) ((List<Object>) doc.get(key)).get(0);
  }

  /** An image reference with an explicit version tag (not latest). */
  private static boolean pinned(String image) {
    return image.matches("[\\w./-]+:[\\w.-]*\\d[\\w.-]*") && !image.endsWith(":latest");
  }

  private static String script(String path) {
    try {
      return Files.readString(Stack.ROOT.resolve(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
