package io.converge.ai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void perfectRankingHasAveragePrecisionOne() {
    boolean[] y = {true, true, false, false};
    double[] s = {0.9, 0.8, 0.2, 0.1};
    assertThat(Metrics.averagePrecision(y, s)).isEqualTo(1.0);
    Metrics best = Metrics.bestF1(y, s);
    assertThat(best.f1()).isEqualTo(1.0);
    assertThat(best.threshold()).isBetween(0.2, 0.8);
  }

  @Test
  void countsPrecisionAndRecallAtAThreshold() {
    boolean[] y = {true, false, true, false, true};
    double[] s = {0.9, 0.8, 0.3, 0.2, 0.7};
    Metrics m = Metrics.at(y, s, 0.5);
    assertThat(m.truePositives()).isEqualTo(2);
    assertThat(m.falsePositives()).isEqualTo(1);
    assertThat(m.falseNegatives()).isEqualTo(1);
    assertThat(m.f1()).isCloseTo(2.0 / 3, within(1e-9));
    // ranks: T(1/1) F T(2/3) ... T at 0.7 is rank 3 -> precision 2/3, T at 0.3 rank 4 -> 3/4
    assertThat(m.auprc()).isCloseTo((1 + 2.0 / 3 + 3.0 / 4) / 3, within(1e-9));
  }
}
