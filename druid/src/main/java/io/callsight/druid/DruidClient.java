package io.callsight.druid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callsight.druid.DruidErrors.Call;
import io.callsight.druid.DruidException.Kind;
import io.callsight.druid.SupervisorOutcome.Action;
import io.callsight.schemas.Json;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Druid over its HTTP APIs: makes sure the supervisors run the reviewed specs, waits for
 * datasources to become queryable, and runs Druid SQL with typed results. Errors are {@link
 * DruidException}s that say what failed and what to do.
 */
public final class DruidClient {
  /** How long management calls (supervisor GET/POST, status) may take. */
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  // Druid's own query timeout fires first and explains itself; this margin lets its answer arrive.
  private static final Duration ANSWER_MARGIN = Duration.ofSeconds(5);
  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

  private final DruidEndpoints endpoints;
  private final HttpClient http;

  public DruidClient(DruidEndpoints endpoints) {
    this.endpoints = endpoints;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public DruidEndpoints endpoints() {
    return endpoints;
  }

  /** Runs a query with parameters bound from Java values, within the default timeout. */
  public SqlResult sql(String sql, Object... parameters) {
    return sql(SqlQuery.of(sql, parameters));
  }

  /** Runs a Druid SQL query and returns its typed rows. */
  public SqlResult sql(SqlQuery query) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("query", query.sql());
    body.put("resultFormat", "arrayLines");
    body.put("header", true);
    body.put("typesHeader", true);
    body.put("sqlTypesHeader", true);
    ObjectNode context = body.putObject("context");
    context.put("sqlStringifyArrays", false);
    context.put("timeout", query.timeout().toMillis());
    query.context().forEach(context::putPOJO);
    ArrayNode parameters = body.putArray("parameters");
    for (SqlParameter p : query.parameters()) {
      parameters.addObject().put("type", p.type()).putPOJO("value", p.value());
    }
    Call call =
        new Call(
            "the query \"" + query.abbreviated() + "\"",
            endpoints.sqlPath("/druid/v2/sql"),
            query.timeout());
    long start = System.nanoTime();
    HttpResponse<byte[]> response =
        send(
            HttpRequest.newBuilder(call.uri())
                .timeout(query.timeout().plus(ANSWER_MARGIN))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.toBytes(body)))
                .build(),
            call);
    if (response.statusCode() != 200) {
      throw DruidErrors.fromResponse(call, response.statusCode(), response.body());
    }
    SqlResultDecoder.Decoded decoded = SqlResultDecoder.decode(response.body(), call.what());
    return new SqlResult(
        decoded.columns(),
        decoded.rows(),
        Duration.ofNanos(System.nanoTime() - start),
        response.headers().firstValue("X-Druid-SQL-Query-Id").orElse(null));
  }

  /** Makes sure of every supervisor, in order; see {@link #ensureSupervisor}. */
  public List<SupervisorOutcome> ensureSupervisors(Collection<SupervisorSpec> specs) {
    List<SupervisorOutcome> outcomes = new ArrayList<>();
    for (SupervisorSpec spec : specs) {
      outcomes.add(ensureSupervisor(spec));
    }
    return outcomes;
  }

  /**
   * Makes sure the supervisor runs this spec: reads the running spec and submits this one only when
   * there is none, it differs (by fingerprint), or it is suspended. Safe to call at every start-up:
   * an unchanged supervisor is left running and its tasks keep their offsets.
   */
  public SupervisorOutcome ensureSupervisor(SupervisorSpec spec) {
    Call get =
        new Call(
            "reading supervisor " + spec.id(),
            endpoints.overlordPath("/druid/indexer/v1/supervisor/" + encode(spec.id())),
            REQUEST_TIMEOUT);
    HttpResponse<byte[]> running = sendWhileStarting(getRequest(get), get);
    if (running.statusCode() == 404) {
      // Druid says "[id] does not exist" or "Cannot find any supervisor with id: [id]"; any other
      // 404 comes from something that is not an overlord (e.g. a router without its proxy).
      if (!new String(running.body(), StandardCharsets.UTF_8).contains("[" + spec.id() + "]")) {
        throw notAnOverlord(get);
      }
      submit(spec);
      return new SupervisorOutcome(spec.id(), Action.CREATED, "submitted, " + spec.fingerprint());
    }
    if (running.statusCode() != 200) {
      throw DruidErrors.fromResponse(get, running.statusCode(), running.body());
    }
    JsonNode runningSpec = readJson(running.body(), get);
    String runningFingerprint = SupervisorSpec.fingerprintOf(runningSpec);
    boolean suspended = runningSpec.path("suspended").asBoolean(false);
    if (spec.fingerprint().equals(runningFingerprint) && !suspended) {
      return new SupervisorOutcome(spec.id(), Action.UNCHANGED, "already running this spec");
    }
    String why =
        runningFingerprint == null
            ? "replaced a spec CallSight did not submit"
            : !spec.fingerprint().equals(runningFingerprint)
                ? "replaced an older spec"
                : "resumed it from suspension";
    submit(spec);
    return new SupervisorOutcome(spec.id(), Action.UPDATED, why + ", " + spec.fingerprint());
  }

  /** A supervisor's state and recent errors, or null when there is no such supervisor. */
  public SupervisorStatus supervisorStatus(String id) {
    Call call =
        new Call(
            "reading the status of supervisor " + id,
            endpoints.overlordPath("/druid/indexer/v1/supervisor/" + encode(id) + "/status"),
            REQUEST_TIMEOUT);
    HttpResponse<byte[]> response = send(getRequest(call), call);
    if (response.statusCode() == 404) {
      return null;
    }
    if (response.statusCode() != 200) {
      throw DruidErrors.fromResponse(call, response.statusCode(), response.body());
    }
    return SupervisorStatus.fromReport(id, readJson(response.body(), call));
  }

  /** The datasources SQL can query now. */
  public Set<String> queryableDatasources() {
    SqlResult tables =
        sql("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'druid'");
    Set<String> names = new TreeSet<>();
    tables.rows().forEach(r -> names.add((String) r.get(0)));
    return names;
  }

  /**
   * Waits until SQL can query every one of these datasources (Druid lists a datasource once its
   * first row is ingested), reporting progress every few seconds with each supervisor's state.
   *
   * @throws DruidException of kind TIMEOUT naming the datasources still missing and why
   */
  public void awaitQueryable(
      Collection<Datasource> datasources, Duration timeout, Consumer<String> progress) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    long nextReport = start;
    DruidException lastError = null;
    while (true) {
      Set<Datasource> missing = new LinkedHashSet<>(datasources);
      try {
        Set<String> present = queryableDatasources();
        missing.removeIf(d -> present.contains(d.datasourceName()));
        lastError = null;
      } catch (DruidException e) {
        if (e.kind() != Kind.UNAVAILABLE) {
          throw e;
        }
        lastError = e; // A broker still starting: keep waiting until the deadline.
      }
      if (missing.isEmpty()) {
        return;
      }
      long now = System.nanoTime();
      if (now >= deadline) {
        throw new DruidException(
            Kind.TIMEOUT,
            "not queryable after " + DruidErrors.human(timeout) + ": " + why(missing, lastError),
            "a datasource appears once its first row is ingested: is anything writing to "
                + topics(missing)
                + "?",
            lastError);
      }
      if (now >= nextReport) {
        progress.accept(
            "waiting for "
                + why(missing, lastError)
                + " ("
                + Duration.ofNanos(now - start).toSeconds()
                + " s)");
        nextReport = now + PROGRESS_EVERY.toNanos();
      }
      sleep(POLL);
    }
  }

  private String why(Set<Datasource> missing, DruidException lastError) {
    if (lastError != null) {
      return names(missing) + " (" + lastError.getMessage() + ")";
    }
    List<String> parts = new ArrayList<>();
    for (Datasource d : missing) {
      SupervisorStatus status;
      try {
        status = supervisorStatus(d.datasourceName());
      } catch (DruidException e) {
        parts.add(d.datasourceName() + " (supervisor state unknown: " + e.getMessage() + ")");
        continue;
      }
      parts.add(
          d.datasourceName() + " (" + (status == null ? "no supervisor" : status.summary()) + ")");
    }
    return String.join(", ", parts);
  }

  private void submit(SupervisorSpec spec) {
    // skipRestartIfUnmodified (Druid 33+): should the specs match after all, tasks keep running.
    Call post =
        new Call(
            "the supervisor spec " + spec.id() + " (schemas/druid/" + spec.id() + ".json)",
            endpoints.overlordPath("/druid/indexer/v1/supervisor?skipRestartIfUnmodified=true"),
            REQUEST_TIMEOUT);
    HttpResponse<byte[]> response =
        sendWhileStarting(
            HttpRequest.newBuilder(post.uri())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.toBytes(spec.json())))
                .build(),
            post);
    if (response.statusCode() == 404) {
      throw notAnOverlord(post);
    }
    if (response.statusCode() != 200) {
      throw DruidErrors.fromResponse(post, response.statusCode(), response.body());
    }
  }

  // The overlord answers 503 until it has become leader, a few seconds after it is up.
  private HttpResponse<byte[]> sendWhileStarting(HttpRequest request, Call call) {
    long deadline = System.nanoTime() + call.timeout().toNanos();
    while (true) {
      HttpResponse<byte[]> response = send(request, call);
      if (response.statusCode() != 503 || System.nanoTime() >= deadline) {
        return response;
      }
      sleep(Duration.ofMillis(500));
    }
  }

  private HttpResponse<byte[]> send(HttpRequest request, Call call) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw DruidErrors.fromIo(call, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DruidException(Kind.FAILED, "interrupted while " + call.what(), null, e);
    }
  }

  private static HttpRequest getRequest(Call call) {
    return HttpRequest.newBuilder(call.uri()).timeout(call.timeout()).GET().build();
  }

  private static JsonNode readJson(byte[] body, Call call) {
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new DruidException(
          Kind.FAILED, "Druid's answer to " + call.what() + " is not JSON", null, e);
    }
  }

  private DruidException notAnOverlord(Call call) {
    return new DruidException(
        Kind.FAILED,
        "no overlord API at " + call.uri() + " (HTTP 404) for " + call.what(),
        "point it at the overlord, or at a router with druid.router.managementProxy.enabled=true",
        null);
  }

  private static String names(Set<Datasource> datasources) {
    return String.join(", ", datasources.stream().map(Datasource::datasourceName).toList());
  }

  private static String topics(Set<Datasource> datasources) {
    return "topic "
        + String.join(", ", datasources.stream().map(d -> d.topic().topicName()).toList());
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DruidException(Kind.FAILED, "interrupted while waiting for Druid", null, e);
    }
  }

  @Override
  public String toString() {
    return "Druid at "
        + endpoints.sql()
        + (endpoints.sql().equals(endpoints.overlord())
            ? ""
            : ", overlord " + endpoints.overlord());
  }
}
