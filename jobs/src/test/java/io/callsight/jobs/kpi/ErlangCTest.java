package io.callsight.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangCTest {
  /** Erlang C straight from its textbook formula, to check the recursion against. */
  static double textbookProbabilityOfWaiting(int n, double a) {
    double sum = 0;
    double term = 1;
    for (int k = 0; k < n; k++) {
      sum += term;
      term = term * a / (k + 1);
    }
    double top = term * n / (n - a); // a^n / n! * n / (n - a)
    return top / (sum + top);
  }

  @Test
  void shouldAgreeWithTheTextbookFormula() {
    for (int n = 11; n <= 20; n++) {
      assertThat(ErlangC.probabilityOfWaiting(n, 10.0))
          .isCloseTo(textbookProbabilityOfWaiting(n, 10.0), within(1e-12));
    }
  }

  @Test
  void shouldStaffTheClassicExampleWithFourteenAgents() {
    // 100 calls in 30 minutes, AHT 180 s, 80 % answered within 20 s: 10 Erlangs.
    double arrivalsPerSecond = 100.0 / 1800;
    assertThat(ErlangC.serviceLevel(13, arrivalsPerSecond, 180, 20)).isLessThan(0.8);
    assertThat(ErlangC.serviceLevel(14, arrivalsPerSecond, 180, 20)).isGreaterThan(0.8);
    assertThat(ErlangC.agentsNeeded(arrivalsPerSecond, 180, 20, 0.8)).isEqualTo(14);
  }

  @Test
  void shouldNeedNoAgentsWithoutCallsAndAllWaitWhenUnderstaffed() {
    assertThat(ErlangC.agentsNeeded(0, 180, 20, 0.8)).isZero();
    assertThat(ErlangC.probabilityOfWaiting(5, 10)).isEqualTo(1.0);
    assertThat(ErlangC.serviceLevel(5, 100.0 / 1800, 180, 20)).isZero();
  }

  @Test
  void shouldStayStableForLargeCentres() {
    int n = ErlangC.agentsNeeded(30.0, 300, 20, 0.8); // 9,000 Erlangs
    assertThat(n).isBetween(9_000, 9_200);
  }
}
