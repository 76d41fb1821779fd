package io.callsight.druid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SqlParameterTest {
  @Test
  void javaValuesBindAsTheirSqlType() {
    assertThat(SqlParameter.of("sales")).isEqualTo(new SqlParameter("VARCHAR", "sales"));
    assertThat(SqlParameter.of(7)).isEqualTo(new SqlParameter("BIGINT", 7L));
    assertThat(SqlParameter.of(0.8)).isEqualTo(new SqlParameter("DOUBLE", 0.8));
    assertThat(SqlParameter.of(true)).isEqualTo(new SqlParameter("BOOLEAN", true));
    assertThat(SqlParameter.of(Instant.parse("2024-05-01T00:00:00Z")))
        .isEqualTo(new SqlParameter("TIMESTAMP", "2024-05-01T00:00:00Z"));
    assertThatThrownBy(() -> SqlParameter.of(new Object()))
        .hasMessageContaining("cannot bind Object");
  }

  @Test
  void commandLineParametersAreTypeEqualsValue() {
    assertThat(SqlParameter.parse("VARCHAR=a=b")).isEqualTo(new SqlParameter("VARCHAR", "a=b"));
    assertThat(SqlParameter.parse("bigint=15")).isEqualTo(new SqlParameter("BIGINT", 15L));
    assertThat(SqlParameter.parse("TIMESTAMP=2024-05-01T00:00:00Z").value())
        .isEqualTo("2024-05-01T00:00:00Z");
    assertThatThrownBy(() -> SqlParameter.parse("sales")).hasMessageContaining("TYPE=VALUE");
    assertThatThrownBy(() -> SqlParameter.parse("BIGINT=ten"))
        .hasMessage("SQL parameter BIGINT=ten: \"ten\" is not a BIGINT");
    assertThatThrownBy(() -> SqlParameter.parse("TIMESTAMP=yesterday"))
        .hasMessageContaining("an instant such as");
    assertThatThrownBy(() -> SqlParameter.parse("DATE=2024-05-01"))
        .hasMessageContaining("must be one of");
  }

  @Test
  void queriesNeedTextAndAPositiveTimeout() {
    assertThatThrownBy(() -> SqlQuery.of(" ")).hasMessage("the SQL query is empty");
    assertThatThrownBy(() -> SqlQuery.of("SELECT 1").withTimeout(Duration.ZERO))
        .hasMessageContaining("must be positive");
    assertThat(SqlQuery.of("SELECT\n  1,\n  2").abbreviated()).isEqualTo("SELECT 1, 2");
  }
}
