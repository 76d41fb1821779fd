package io.callsight.cli;

import io.callsight.druid.DruidClient;
import io.callsight.druid.DruidEndpoints;
import io.callsight.druid.DruidException;
import io.callsight.druid.SqlParameter;
import io.callsight.druid.SqlQuery;
import io.callsight.druid.SqlResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callsight query}: one Druid SQL query, its answer as a table or as JSON lines. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a Druid SQL query and prints the answer as an aligned table (or JSON lines).",
      "The README's \"Datasources and columns\" lists every datasource and column, with example"
          + " queries. Values for ? placeholders go in --param, never into the SQL text."
    })
final class QueryCommand implements Callable<Integer> {
  /** How the answer is printed. */
  enum Format {
    table,
    json
  }

  @Parameters(
      index = "0",
      paramLabel = "SQL",
      description =
          "The query, e.g. \"SELECT queue, SUM(calls) FROM queue_calls GROUP BY 1\"; - reads it from stdin")
  String sql;

  @Option(
      names = "--druid",
      defaultValue = "http://localhost:8888",
      paramLabel = "URL",
      description = "Druid router or broker. Default: ${DEFAULT-VALUE}")
  String druid;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "table|json",
      description =
          "table (aligned, for people) or json (one object per row). Default: ${DEFAULT-VALUE}")
  Format format;

  @Option(
      names = "--param",
      paramLabel = "TYPE=VALUE",
      description =
          "Value for the next ? in the query, typed VARCHAR, BIGINT, DOUBLE, BOOLEAN or TIMESTAMP,"
              + " e.g. --param VARCHAR=sales --param TIMESTAMP=2024-05-01T00:00:00Z")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--timeout",
      defaultValue = "PT30S",
      paramLabel = "DURATION",
      description = "How long Druid may take. Default: ${DEFAULT-VALUE}")
  Duration timeout;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text =
        sql.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : sql;
    List<SqlParameter> parameters = new ArrayList<>();
    params.forEach(p -> parameters.add(SqlParameter.parse(p)));
    SqlQuery query = SqlQuery.of(text).withParameters(parameters).withTimeout(timeout);
    DruidClient client = new DruidClient(DruidEndpoints.router(druid));
    SqlResult result;
    try {
      result = client.sql(query);
    } catch (DruidException e) {
      err.println("callsight query: " + e.getMessage());
      String hint =
          e.kind() == DruidException.Kind.TIMEOUT
              ? "raise --timeout (now "
                  + timeout
                  + ") or ask for a shorter time range"
                  + " (WHERE __time >= ...)"
              : e.hint();
      if (hint != null) {
        err.println("  hint: " + hint);
      }
      err.flush();
      return 1;
    }
    if (format == Format.table) {
      SqlOutput.table(result).forEach(out::println);
      out.println(SqlOutput.footer(result));
    } else {
      SqlOutput.jsonLines(result).forEach(out::println);
      err.println("callsight query: " + SqlOutput.footer(result));
    }
    out.flush();
    err.flush();
    return 0;
  }
}
