package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.druid.SqlColumn;
import io.callsight.druid.SqlResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query command's table and JSON lines. */
class SqlOutputTest {
  static final SqlResult RESULT =
      new SqlResult(
          List.of(
              new SqlColumn("__time", "TIMESTAMP", "LONG"),
              new SqlColumn("queue", "VARCHAR", "STRING"),
              new SqlColumn("offered", "BIGINT", "LONG"),
              new SqlColumn("serviceLevel", "DOUBLE", "DOUBLE")),
          List.of(
              Arrays.asList(Instant.parse("2024-05-01T09:15:00Z"), "sales", 42L, 0.875),
              Arrays.asList(Instant.parse("2024-05-01T09:15:00Z"), "售后服务", 7L, null),
              Arrays.asList(Instant.parse("2024-05-01T09:30:00Z"), "a\nb", 1234567L, 1.0E-4)),
          Duration.ofMillis(35),
          "q1");

  @Test
  void aTableAlignsTextLeftAndNumbersRightCountingWideCharactersTwice() {
    assertThat(SqlOutput.table(RESULT))
        .containsExactly(
            "__time                queue     offered  serviceLevel",
            "--------------------  --------  -------  ------------",
            "2024-05-01T09:15:00Z  sales          42         0.875",
            "2024-05-01T09:15:00Z  售后服务        7          null",
            "2024-05-01T09:30:00Z  a\\nb      1234567        0.0001");
    assertThat(SqlOutput.footer(RESULT)).isEqualTo("3 rows in 35 ms");
  }

  @Test
  void anEmptyResultShowsItsColumns() {
    SqlResult empty = new SqlResult(RESULT.columns(), List.of(), Duration.ofMillis(3), null);
    assertThat(SqlOutput.table(empty)).hasSize(2);
    assertThat(SqlOutput.footer(empty)).isEqualTo("0 rows in 3 ms");
    assertThat(
            SqlOutput.footer(
                new SqlResult(RESULT.columns(), RESULT.rows().subList(0, 1), Duration.ZERO, null)))
        .isEqualTo("1 row in 0 ms");
  }

  @Test
  void jsonLinesKeepTypesAndNulls() {
    assertThat(SqlOutput.jsonLines(RESULT))
        .containsExactly(
            "{\"__time\":\"2024-05-01T09:15:00Z\",\"queue\":\"sales\",\"offered\":42,\"serviceLevel\":0.875}",
            "{\"__time\":\"2024-05-01T09:15:00Z\",\"queue\":\"售后服务\",\"offered\":7,\"serviceLevel\":null}",
            "{\"__time\":\"2024-05-01T09:30:00Z\",\"queue\":\"a\\nb\",\"offered\":1234567,\"serviceLevel\":1.0E-4}");
  }

  @Test
  void widthCountsTerminalColumns() {
    assertThat(SqlOutput.width("sales")).isEqualTo(5);
    assertThat(SqlOutput.width("预警")).isEqualTo(4);
    assertThat(SqlOutput.width("ｓａｌｅｓ")).isEqualTo(10);
    assertThat(SqlOutput.width("é")).isEqualTo(1);
  }
}
