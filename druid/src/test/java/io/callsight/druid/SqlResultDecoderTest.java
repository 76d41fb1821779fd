package io.callsight.druid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.callsight.druid.DruidException.Kind;
import io.callsight.schemas.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Druid's arrayLines answer (header, types, SQL types, rows, blank line) into typed rows. */
class SqlResultDecoderTest {
  private static SqlResultDecoder.Decoded decode(String body) {
    return SqlResultDecoder.decode(body.getBytes(StandardCharsets.UTF_8), "the query \"SELECT\"");
  }

  @Test
  void typesEachValueByItsSqlType() {
    SqlResultDecoder.Decoded d =
        decode(
            """
            ["__time","queue","offered","serviceLevel","ok","day","queues","p90","waitSketch"]
            ["LONG","STRING","LONG","DOUBLE","LONG","LONG","ARRAY<STRING>","DOUBLE","COMPLEX<quantilesDoublesSketch>"]
            ["TIMESTAMP","VARCHAR","BIGINT","DOUBLE","BOOLEAN","DATE","ARRAY","FLOAT","OTHER"]
            ["2024-05-01T09:15:00.000Z","销售",42,0.875,true,"2024-05-01T00:00:00.000Z",["a","b"],12.5,"AgMIGoAAAAAAAA=="]
            ["2024-05-01T09:30:00.000Z",null,0,null,0,null,[],"NaN",null]

            """);

    assertThat(d.columns())
        .extracting(SqlColumn::name, SqlColumn::sqlType)
        .startsWith(tuple("__time", "TIMESTAMP"), tuple("queue", "VARCHAR"));
    assertThat(d.columns().get(8).druidType()).isEqualTo("COMPLEX<quantilesDoublesSketch>");
    assertThat(d.rows().get(0))
        .containsExactly(
            Instant.parse("2024-05-01T09:15:00Z"),
            "销售",
            42L,
            0.875,
            true,
            LocalDate.parse("2024-05-01"),
            List.of("a", "b"),
            12.5,
            "AgMIGoAAAAAAAA==");
    assertThat(d.rows().get(1))
        .containsExactly(
            Instant.parse("2024-05-01T09:30:00Z"),
            null,
            0L,
            null,
            false,
            null,
            List.of(),
            Double.NaN,
            null);
  }

  @Test
  void anEmptyResultStillHasItsColumns() {
    SqlResultDecoder.Decoded d = decode("[\"n\"]\n[\"LONG\"]\n[\"BIGINT\"]\n\n");
    assertThat(d.columns()).containsExactly(new SqlColumn("n", "BIGINT", "LONG"));
    assertThat(d.rows()).isEmpty();
  }

  @Test
  void timestampsInAnotherZoneAndAsMillisAreInstants() {
    assertThat(SqlResultDecoder.value(node("\"2024-05-01T17:15:00.000+08:00\""), "TIMESTAMP"))
        .isEqualTo(Instant.parse("2024-05-01T09:15:00Z"));
    assertThat(SqlResultDecoder.value(node("1714554900000"), "TIMESTAMP"))
        .isEqualTo(Instant.parse("2024-05-01T09:15:00Z"));
    assertThat(SqlResultDecoder.value(node("\"2024-05-01\""), "DATE"))
        .isEqualTo(LocalDate.parse("2024-05-01"));
    assertThat(SqlResultDecoder.value(node("[1,2.5,null]"), "ARRAY"))
        .isEqualTo(Arrays.asList(1L, 2.5, null));
  }

  @Test
  void anAnswerWithoutTheClosingBlankLineWasCutOff() {
    assertThatThrownBy(() -> decode("[\"n\"]\n[\"LONG\"]\n[\"BIGINT\"]\n[1]\n[2]"))
        .isInstanceOfSatisfying(
            DruidException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FAILED))
        .hasMessageContaining("the answer to the query \"SELECT\" was cut off after 2 rows");
  }

  @Test
  void somethingThatIsNotDruidsFormatSaysSo() {
    assertThatThrownBy(() -> decode("<html>hello</html>\n\n"))
        .isInstanceOf(DruidException.class)
        .hasMessageContaining("not Druid's arrayLines format");
    assertThatThrownBy(() -> decode("[\"a\",\"b\"]\n[\"LONG\"]\n[\"BIGINT\"]\n\n"))
        .hasMessageContaining("header lines disagree");
    assertThatThrownBy(() -> decode("[\"a\"]\n[\"LONG\"]\n[\"BIGINT\"]\n[1,2]\n\n"))
        .hasMessageContaining("row 1 is not an array of 1 values: [1,2]");
  }

  private static JsonNode node(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
