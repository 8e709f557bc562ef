package io.converge.ai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.converge.ai.SyntheticLedger;
import io.converge.ai.feature.FeatureMatrix;
import io.converge.ai.feature.GraphConfig;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {
  @Test
  void javaTreeWalkAgreesWithXgboostsNativePredictor() {
    var ledger = new SyntheticLedger(new SplittableRandom(31), 100).background(150, 70);
    for (int d = 10; d < 65; d += 4) {
      ledger.fanIn(d, 5).cycle(d + 1, 5);
    }
    FeatureMatrix m = FeatureMatrix.replay(ledger.build(), GraphConfig.defaults());
    RiskModel model = new Trainer(TrainingOptions.quick(), new SplittableRandom(4))
        .train(m, GraphConfig.defaults(), "d", Instant.EPOCH);
    double maxDiff = 0;
    double[] batch = model.probabilities(m.rows());
    for (int i = 0; i < m.size(); i++) {
      float[] row = model.inputRow(m.rows()[i]);
      double fast = model.probability(row);
      assertThat(fast).as("row %d", i).isCloseTo(model.nativeProbability(row), within(1e-5));
      maxDiff = Math.max(maxDiff, Math.abs(fast - batch[i]));
    }
    assertThat(maxDiff).isLessThan(1e-5);
  }
}
