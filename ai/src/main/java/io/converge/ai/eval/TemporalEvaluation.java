package io.converge.ai.eval;

import io.converge.ai.data.AmlsimDataset;
import io.converge.ai.data.LabeledTransfer;
import io.converge.ai.feature.FeatureMatrix;
import io.converge.ai.feature.GraphConfig;
import io.converge.ai.model.Metrics;
import io.converge.ai.model.RiskModel;
import io.converge.ai.model.Trainer;
import io.converge.ai.model.TrainingOptions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Honest evaluation: one causal replay over the whole stream (test transfers see only what came before them, labels never
 * enter the features), a model trained on the first months only, metrics on the rest at the threshold the training
 * period chose. The naive baseline runs on the same split.
 */
public final class TemporalEvaluation {
  private final GraphConfig graph;
  private final TrainingOptions options;
  private final RandomGenerator random;

  public TemporalEvaluation(GraphConfig graph, TrainingOptions options, RandomGenerator random) {
    this.graph = graph;
    this.options = options;
    this.random = random;
  }

  public EvaluationReport run(AmlsimDataset data, int trainMonths, Instant createdAt) {
    List<LabeledTransfer> stream = data.transfers();
    TemporalSplit split = TemporalSplit.monthsAfterStart(stream, trainMonths);
    if (split.trainRows() < 10 || split.testRows() < 1) {
      throw new IllegalArgumentException("split leaves too little data: " + split);
    }
    FeatureMatrix all = FeatureMatrix.replay(stream, graph);
    int n = split.trainRows();
    FeatureMatrix train = new FeatureMatrix(Arrays.copyOfRange(all.rows(), 0, n),
        Arrays.copyOfRange(all.labels(), 0, n), stream.subList(0, n));
    RiskModel model = new Trainer(options, random).train(train, graph, data.digest(), createdAt);
    double[][] testRows = Arrays.copyOfRange(all.rows(), n, all.size());
    boolean[] testLabels = Arrays.copyOfRange(all.labels(), n, all.size());
    double[] scores = model.probabilities(testRows);
    double threshold = model.metadata().threshold();
    Metrics metrics = Metrics.at(testLabels, scores, threshold);
    double[] withNovelty = scores.clone();
    for (int i = 0; i < testRows.length; i++) {
      if (model.anomaly(testRows[i]) >= model.metadata().anomalyThreshold()) {
        withNovelty[i] = Math.max(withNovelty[i], threshold);
      }
    }
    Metrics novelty = Metrics.at(testLabels, withNovelty, threshold);

    Map<String, long[]> byTypology = new TreeMap<>();
    long[] decoys = new long[2];
    for (int i = 0; i < testRows.length; i++) {
      LabeledTransfer t = stream.get(n + i);
      boolean flagged = scores[i] >= threshold;
      AmlsimDataset.Alert alert = data.alerts().get(t.alertId());
      if (t.suspicious()) {
        long[] r = byTypology.computeIfAbsent(alert == null ? "unknown" : alert.typology(), k -> new long[2]);
        r[0] += flagged ? 1 : 0;
        r[1]++;
      } else if (alert != null) {
        decoys[0] += flagged ? 1 : 0;
        decoys[1]++;
      }
    }
    Metrics baseline;
    try {
      baseline = NaiveBaseline.evaluate(stream, n, options, random);
    } catch (XGBoostError e) {
      throw new IllegalStateException("baseline training failed", e);
    }
    return new EvaluationReport(split, metrics, novelty, baseline, byTypology, decoys, model.metadata().modelHash());
  }
}
