package io.callsight.druid;

import com.fasterxml.jackson.databind.JsonNode;
import io.callsight.druid.DruidException.Kind;
import io.callsight.schemas.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what came back from Druid — an error status with Druid's error JSON, or no answer at all —
 * into a {@link DruidException} that says what failed, why, and what to do.
 */
final class DruidErrors {
  static final String START_HINT =
      "./callsight stack (Kafka + Druid) or ./callsight demo (the whole pipeline) starts a local"
          + " Druid";

  private static final Pattern MISSING_TABLE = Pattern.compile("Object '([^']+)' not found");

  /** A request being made: what it is for people, where it goes, and how long it may take. */
  record Call(String what, URI uri, Duration timeout) {
    String server() {
      return uri.getScheme() + "://" + uri.getRawAuthority();
    }
  }

  /** Druid's error body: both the current and the older shape carry errorMessage. */
  record DruidError(
      String error, String errorCode, String errorClass, String category, String message) {
    /** The message with its class or code, e.g. "Column 'x' not found [invalidInput]". */
    String detail() {
      String id = errorClass != null ? errorClass : errorCode != null ? errorCode : null;
      String text = message != null ? message : error != null ? error : "no details given";
      // Calcite follows a syntax error with a page of "Was expecting one of": the first line says
      // it.
      text = text.lines().findFirst().orElse(text).strip();
      return id == null ? text : text + " [" + id + "]";
    }
  }

  private DruidErrors() {}

  /** The error for an answer that is not 2xx. */
  static DruidException fromResponse(Call call, int status, byte[] body) {
    DruidError e = parse(body);
    String detail = e.detail();
    if (status == 504
        || "TIMEOUT".equals(e.category())
        || (e.errorClass() != null && e.errorClass().endsWith("QueryTimeoutException"))) {
      return new DruidException(
          Kind.TIMEOUT,
          call.what() + " timed out in Druid after " + human(call.timeout()) + ": " + detail,
          "give it longer (a larger timeout) or ask for a shorter time range (WHERE __time >= ...)",
          null);
    }
    if (status == 400 || "INVALID_INPUT".equals(e.category())) {
      return new DruidException(
          Kind.REJECTED, "Druid rejected " + call.what() + ": " + detail, hintFor(detail), null);
    }
    if (status == 429 || "CAPACITY_EXCEEDED".equals(e.category())) {
      return new DruidException(
          Kind.UNAVAILABLE,
          "Druid at " + call.server() + " is too busy for " + call.what() + ": " + detail,
          "try again in a moment",
          null);
    }
    if (status == 502 || status == 503) {
      return new DruidException(
          Kind.UNAVAILABLE,
          "Druid at "
              + call.server()
              + " is not ready (HTTP "
              + status
              + ") for "
              + call.what()
              + ": "
              + detail,
          "wait until it has started; " + START_HINT,
          null);
    }
    if (status == 401 || status == 403) {
      return new DruidException(
          Kind.REJECTED,
          "Druid at " + call.server() + " refused access (HTTP " + status + "): " + detail,
          "the local stack needs no credentials; a secured cluster needs an authenticated proxy",
          null);
    }
    if (status == 404 || status == 405) {
      return new DruidException(
          Kind.FAILED,
          "nothing answers " + call.uri() + " (HTTP " + status + ") for " + call.what(),
          "is " + call.server() + " a Druid router (or, for SQL, a broker)?",
          null);
    }
    return new DruidException(
        Kind.FAILED,
        "Druid failed on " + call.what() + " (HTTP " + status + "): " + detail,
        "the Druid service logs say more",
        null);
  }

  /** The error for a request that got no answer. */
  static DruidException fromIo(Call call, IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return new DruidException(
          Kind.UNAVAILABLE,
          "cannot reach Druid at " + call.server() + " (no answer to connect)",
          "is the host right and reachable? " + START_HINT,
          e);
    }
    if (e instanceof HttpTimeoutException) {
      return new DruidException(
          Kind.TIMEOUT,
          call.what()
              + " got no answer from Druid at "
              + call.server()
              + " within "
              + human(call.timeout()),
          "give it longer (a larger timeout) or ask for a shorter time range (WHERE __time >= ...)",
          e);
    }
    if (e instanceof ConnectException) {
      boolean unresolved = e.getCause() instanceof UnresolvedAddressException;
      return new DruidException(
          Kind.UNAVAILABLE,
          "cannot reach Druid at "
              + call.server()
              + (unresolved
                  ? " (unknown host " + call.uri().getHost() + ")"
                  : " (connection refused)"),
          START_HINT,
          e);
    }
    return new DruidException(
        Kind.UNAVAILABLE,
        "lost the connection to Druid at "
            + call.server()
            + " during "
            + call.what()
            + ": "
            + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()),
        "is Druid still running? " + START_HINT,
        e);
  }

  /** Druid's error JSON, or the body's text when it is not JSON. */
  static DruidError parse(byte[] body) {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
    try {
      JsonNode json = Json.mapper().readTree(text);
      if (json != null && json.isObject()) {
        return new DruidError(
            textOf(json, "error"),
            textOf(json, "errorCode"),
            textOf(json, "errorClass"),
            textOf(json, "category"),
            textOf(json, "errorMessage"));
      }
    } catch (IOException notJson) {
      // An HTML error page or plain text: shown as it is, shortened.
    }
    String shown = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    if (shown.length() > 200) {
      shown = shown.substring(0, 199) + "…";
    }
    return new DruidError(null, null, null, null, shown.isEmpty() ? null : shown);
  }

  /** "250 ms", "30 s", "1.5 s", "2 min". */
  static String human(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms >= 120_000 && ms % 60_000 == 0) {
      return ms / 60_000 + " min";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static String hintFor(String detail) {
    Matcher m = MISSING_TABLE.matcher(detail);
    if (m.find()) {
      return "a datasource exists once its first row is ingested: is its supervisor submitted and"
          + " its topic written to? (./callsight demo does both)";
    }
    if (detail.contains("Could not resolve type id")) {
      return "Druid needs the extensions druid-kafka-indexing-service and druid-datasketches";
    }
    if (detail.contains("not found in any table")) {
      return "the README's \"Datasources and columns\" lists every column";
    }
    return null;
  }

  private static String textOf(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull()
        ? null
        : value.isTextual() ? value.asText() : value.toString();
  }
}
