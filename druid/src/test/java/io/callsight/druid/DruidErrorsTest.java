package io.callsight.druid;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.druid.DruidErrors.Call;
import io.callsight.druid.DruidException.Kind;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Druid's error answers and missing answers, classified with what to do. */
class DruidErrorsTest {
  private static final Call QUERY =
      new Call(
          "the query \"SELECT nope FROM queue_kpi\"",
          URI.create("http://localhost:8888/druid/v2/sql"),
          Duration.ofSeconds(30));

  private static DruidException response(int status, String body) {
    return DruidErrors.fromResponse(QUERY, status, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void badSqlSurfacesDruidsMessageAndCode() {
    DruidException e =
        response(
            400,
            """
            {"error":"druidException","errorCode":"invalidInput","persona":"USER",
             "category":"INVALID_INPUT","errorMessage":"Column 'nope' not found in any table (line [1], column [8])",
             "context":{"sourceType":"sql","line":"1","column":"8"}}""");
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.getMessage())
        .isEqualTo(
            "Druid rejected the query \"SELECT nope FROM queue_kpi\": Column 'nope' not found in"
                + " any table (line [1], column [8]) [invalidInput]");
    assertThat(e.hint()).contains("Datasources and columns");
  }

  @Test
  void aSyntaxErrorKeepsItsFirstLineWithoutCalcitesListOfExpectedTokens() {
    DruidException e =
        response(
            400,
            "{\"error\":\"druidException\",\"errorCode\":\"invalidInput\",\"category\":"
                + "\"INVALID_INPUT\",\"errorMessage\":\"Incorrect syntax near the keyword 'AS' at"
                + " line 1, column 10.\\nWas expecting one of:\\n    <EOF> \\n    \\\"ORDER\\\" ...\\n\"}");
    assertThat(e.getMessage())
        .endsWith(": Incorrect syntax near the keyword 'AS' at line 1, column 10. [invalidInput]");
  }

  @Test
  void theOlderErrorShapeShowsTheErrorClass() {
    DruidException e =
        response(
            400,
            "{\"error\":\"Plan validation failed\",\"errorMessage\":\"Object 'queue_kpi' not"
                + " found\",\"errorClass\":\"org.apache.calcite.tools.ValidationException\","
                + "\"host\":null}");
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.getMessage())
        .endsWith("Object 'queue_kpi' not found [org.apache.calcite.tools.ValidationException]");
    assertThat(e.hint()).contains("first row is ingested");
  }

  @Test
  void aQueryTimeoutNamesTheTimeoutAndTheQuery() {
    DruidException e =
        response(
            504,
            "{\"error\":\"Query timeout\",\"errorMessage\":\"Query [abc] timed out.\","
                + "\"errorClass\":\"org.apache.druid.query.QueryTimeoutException\"}");
    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.getMessage())
        .startsWith("the query \"SELECT nope FROM queue_kpi\" timed out in Druid after 30 s");
    assertThat(response(500, "{\"error\":\"druidException\",\"category\":\"TIMEOUT\"}").kind())
        .isEqualTo(Kind.TIMEOUT);
  }

  @Test
  void aRouterWithoutBrokerIsNotReady() {
    DruidException e = response(503, "");
    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.getMessage()).contains("Druid at http://localhost:8888 is not ready (HTTP 503)");
    assertThat(e.hint()).contains("./callsight stack").contains("./callsight demo");
    assertThat(response(429, "{\"errorMessage\":\"Too many requests\"}").kind())
        .isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void somethingElseAtTheUrlIsNamed() {
    DruidException e = response(404, "<html><body><h2>HTTP ERROR 404 Not Found</h2></body></html>");
    assertThat(e.kind()).isEqualTo(Kind.FAILED);
    assertThat(e.getMessage()).contains("nothing answers http://localhost:8888/druid/v2/sql");
    assertThat(
            DruidErrors.parse("<html><h2>Oops</h2></html>".getBytes(StandardCharsets.UTF_8))
                .detail())
        .isEqualTo("Oops");
  }

  @Test
  void serverErrorsKeepDruidsMessage() {
    DruidException e = response(500, "{\"error\":\"Unknown exception\",\"errorMessage\":\"boom\"}");
    assertThat(e.kind()).isEqualTo(Kind.FAILED);
    assertThat(e.getMessage()).contains("(HTTP 500): boom");
  }

  @Test
  void noAnswerIsDownOrTimedOut() {
    DruidException refused = DruidErrors.fromIo(QUERY, new ConnectException());
    assertThat(refused.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(refused.getMessage())
        .isEqualTo("cannot reach Druid at http://localhost:8888 (connection refused)");
    assertThat(refused.hint()).contains("./callsight stack").contains("./callsight demo");

    ConnectException unknown = new ConnectException();
    unknown.initCause(new UnresolvedAddressException());
    assertThat(DruidErrors.fromIo(QUERY, unknown).getMessage()).contains("unknown host localhost");

    assertThat(DruidErrors.fromIo(QUERY, new HttpConnectTimeoutException("x")).kind())
        .isEqualTo(Kind.UNAVAILABLE);

    DruidException slow = DruidErrors.fromIo(QUERY, new HttpTimeoutException("request timed out"));
    assertThat(slow.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(slow.getMessage())
        .isEqualTo(
            "the query \"SELECT nope FROM queue_kpi\" got no answer from Druid at"
                + " http://localhost:8888 within 30 s");
  }

  @Test
  void durationsReadAsPeopleSayThem() {
    assertThat(DruidErrors.human(Duration.ofSeconds(30))).isEqualTo("30 s");
    assertThat(DruidErrors.human(Duration.ofMillis(1500))).isEqualTo("1.5 s");
    assertThat(DruidErrors.human(Duration.ofMinutes(5))).isEqualTo("5 min");
    assertThat(DruidErrors.human(Duration.ofMillis(1))).isEqualTo("1 ms");
  }
}
