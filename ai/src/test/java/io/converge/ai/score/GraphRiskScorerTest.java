package io.converge.ai.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.ai.SyntheticLedger;
import io.converge.ai.data.LabeledTransfer;
import io.converge.ai.feature.FeatureMatrix;
import io.converge.ai.feature.GraphConfig;
import io.converge.ai.model.RiskModel;
import io.converge.ai.model.Trainer;
import io.converge.ai.model.TrainingOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphRiskScorerTest {
  private static RiskModel model;

  @BeforeAll
  static void trainOnPlantedSchemes() {
    var ledger = new SyntheticLedger(new SplittableRandom(21), 120).background(200, 90);
    for (int d = 35; d < 85; d += 5) {
      ledger.fanIn(d, 7).cycle(d + 1, 4);
    }
    model = new Trainer(TrainingOptions.quick(), new SplittableRandom(2))
        .train(FeatureMatrix.replay(ledger.build(), GraphConfig.defaults()), GraphConfig.defaults(), "d", Instant.EPOCH);
  }

  @Test
  void aPlantedFanInScoresAboveBackgroundOnUnseenData() {
    SyntheticLedger unseen = new SyntheticLedger(new SplittableRandom(99), 120).background(200, 90).fanIn(70, 8);
    GraphRiskScorer scorer = GraphRiskScorer.fresh(model);
    List<Double> planted = new ArrayList<>();
    List<Double> background = new ArrayList<>();
    for (LabeledTransfer t : unseen.build()) {
      RiskAssessment a = scorer.assessAndObserve(t.transfer());
      if (t.transfer().timestamp().getEpochSecond() < 1_500_000_000L + 60 * SyntheticLedger.DAY) {
        continue; // let the graph learn the background's rhythm first
      }
      (unseen.isPlantedFanIn(t.transfer().id()) ? planted : background).add(a.score());
    }
    double plantedMean = planted.stream().mapToDouble(d -> d).average().orElseThrow();
    double backgroundMean = background.stream().mapToDouble(d -> d).average().orElseThrow();
    assertThat(planted).hasSize(8);
    assertThat(plantedMean).isGreaterThan(backgroundMean + 0.3);
  }

  @Test
  void assessingDoesNotChangeTheGraphButObservingDoes() {
    GraphRiskScorer scorer = GraphRiskScorer.fresh(model);
    var stream = new SyntheticLedger(new SplittableRandom(5), 40).background(40, 20).build();
    stream.subList(0, 100).forEach(t -> scorer.observe(t.transfer()));
    var probe = stream.get(100).transfer();
    RiskAssessment first = scorer.assess(probe);
    RiskAssessment again = scorer.assess(probe);
    assertThat(again.score()).isEqualTo(first.score());
    long before = scorer.graph().observedCount();
    scorer.observe(probe);
    assertThat(scorer.graph().observedCount()).isEqualTo(before + 1);
  }

  @Test
  void explainsAFlaggedTransferInPlainLanguage() {
    SyntheticLedger unseen = new SyntheticLedger(new SplittableRandom(77), 120).background(200, 90).fanIn(70, 8);
    GraphRiskScorer scorer = GraphRiskScorer.fresh(model);
    RiskAssessment top = null;
    for (LabeledTransfer t : unseen.build()) {
      RiskAssessment a = scorer.assessAndObserve(t.transfer());
      if (top == null || a.score() > top.score()) {
        top = a;
      }
    }
    var explanation = scorer.explain(top, 3);
    assertThat(explanation.reasons()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(explanation.reasons()).allMatch(r -> r.contribution() > 0);
    assertThat(explanation.text()).doesNotContain("%s");
    assertThat(explanation.modelHash()).isEqualTo(model.metadata().modelHash());
  }

  @Test
  void resumesFromASnapshotWithIdenticalScores(@TempDir Path dir) throws Exception {
    var stream = new SyntheticLedger(new SplittableRandom(8), 60).background(80, 40).fanIn(30, 6).build();
    GraphRiskScorer scorer = GraphRiskScorer.fresh(model);
    int half = stream.size() / 2;
    stream.subList(0, half).forEach(t -> scorer.observe(t.transfer()));
    scorer.saveState(dir.resolve("graph.bin"));
    GraphRiskScorer resumed = GraphRiskScorer.resume(model, dir.resolve("graph.bin"));
    for (LabeledTransfer t : stream.subList(half, stream.size())) {
      assertThat(resumed.assessAndObserve(t.transfer()).score())
          .isEqualTo(scorer.assessAndObserve(t.transfer()).score());
    }
  }
}
