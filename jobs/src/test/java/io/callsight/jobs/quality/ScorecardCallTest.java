package io.callsight.jobs.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.quality.score.ScoreRows;
import io.callsight.schemas.Json;
import io.callsight.schemas.ScoredCall;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardCallTest {
  @Test
  void aWholeCallScoreStoredAsJsonReadsAsItsScorecardCall() throws Exception {
    ScoredCall complaint =
        new QualityScoring(QualityOptions.from(Map.of(), "test"))
            .score(QualityCalls.unhandledComplaint("c2"), ScoreRows.CallContext.UNKNOWN, 1L)
            .call();

    ScorecardCall read = Json.fromBytes(Json.toBytes(complaint), ScorecardCall.class);

    assertThat(read).isEqualTo(ScorecardCall.of(complaint));
    assertThat(read.complaint()).isTrue();
    assertThat(Json.toBytes(read).length).isLessThan(Json.toBytes(complaint).length / 10);
  }
}
