package io.converge.ai.model;

import io.converge.ai.feature.Feature;
import io.converge.ai.feature.FeatureMatrix;
import io.converge.ai.feature.GraphConfig;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link RiskModel}: an isolation forest on the graph features (no labels), then XGBoost on the graph features
 * plus the forest's score. The flag threshold is the best-F1 point on the latest slice of the training period, so it is
 * chosen on data the classifier did not fit, in time order, as deployment will see it.
 */
public final class Trainer {
  private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

  private final TrainingOptions options;
  private final RandomGenerator random;

  public Trainer(TrainingOptions options, RandomGenerator random) {
    this.options = options;
    this.random = random;
  }

  /** Trains on all rows of {@code train} (time-ordered). */
  public RiskModel train(FeatureMatrix train, GraphConfig graph, String dataDigest, Instant createdAt) {
    int n = train.size();
    if (n < 10) {
      throw new IllegalArgumentException("need at least 10 training rows, got " + n);
    }
    IsolationForest forest = IsolationForest.fit(train.rows(), options.forestTrees(), options.forestSample(), random);
    float[] inputs = new float[n * Feature.COUNT];
    double[] anomalies = new double[n];
    for (int i = 0; i < n; i++) {
      double[] r = train.rows()[i];
      for (int j = 0; j < r.length; j++) {
        inputs[i * Feature.COUNT + j] = (float) r[j];
      }
      anomalies[i] = forest.score(r);
      inputs[i * Feature.COUNT + Feature.ANOMALY.ordinal()] = (float) anomalies[i];
    }
    boolean[] labels = train.labels();
    int split = (int) Math.round(n * (1 - options.validationShare()));
    try {
      Booster probe = fit(Arrays.copyOfRange(inputs, 0, split * Feature.COUNT), Arrays.copyOfRange(labels, 0, split));
      float[] heldOut = Arrays.copyOfRange(inputs, split * Feature.COUNT, n * Feature.COUNT);
      double[] scores = toDouble(probe.inplace_predict(heldOut, n - split, Feature.COUNT, Float.NaN));
      boolean[] heldLabels = Arrays.copyOfRange(labels, split, n);
      Metrics validation = Metrics.bestF1(heldLabels, scores);
      probe.dispose();
      LOG.info("validation threshold={} precision={} recall={} f1={} auprc={}", validation.threshold(),
          validation.precision(), validation.recall(), validation.f1(), validation.auprc());

      Booster booster = fit(inputs, labels);
      byte[] boosterBytes = booster.toByteArray("ubj");
      byte[] forestBytes = ModelStore.forestBytes(forest);
      double[] sorted = anomalies.clone();
      Arrays.sort(sorted);
      double anomalyThreshold = sorted[Math.min(n - 1, (int) Math.floor(options.anomalyQuantile() * n))];
      List<String> names = Arrays.stream(Feature.values()).map(Enum::name).toList();
      String boosterSha = ModelDigest.hex(boosterBytes);
      String forestSha = ModelDigest.hex(forestBytes);
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("validation_precision", validation.precision());
      metrics.put("validation_recall", validation.recall());
      metrics.put("validation_f1", validation.f1());
      metrics.put("validation_auprc", validation.auprc());
      long positives = 0;
      for (boolean b : labels) {
        positives += b ? 1 : 0;
      }
      ModelMetadata meta = new ModelMetadata(ModelMetadata.FORMAT, RiskModel.modelHash(boosterSha, forestSha, names),
          boosterSha, forestSha, names, dataDigest, n, positives, metrics, validation.threshold(), anomalyThreshold,
          graph, createdAt.toString());
      return new RiskModel(booster, boosterBytes, forest, meta);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed", e);
    } catch (IOException e) {
      throw new IllegalStateException("could not serialise the isolation forest", e);
    }
  }

  private Booster fit(float[] inputs, boolean[] labels) throws XGBoostError {
    int rows = labels.length;
    DMatrix m = new DMatrix(inputs, rows, Feature.COUNT, Float.NaN);
    float[] y = new float[rows];
    for (int i = 0; i < rows; i++) {
      y[i] = labels[i] ? 1f : 0f;
    }
    m.setLabel(y);
    Map<String, Object> params = new HashMap<>();
    params.put("objective", "binary:logistic");
    params.put("eval_metric", "aucpr");
    params.put("tree_method", "hist");
    params.put("max_depth", options.maxDepth());
    params.put("eta", options.eta());
    params.put("subsample", 0.8);
    params.put("colsample_bytree", 0.8);
    params.put("min_child_weight", 1.0);
    params.put("nthread", options.threads());
    params.put("seed", random.nextInt(Integer.MAX_VALUE));
    params.put("verbosity", 0);
    try {
      return XGBoost.train(m, params, options.rounds(), new HashMap<>(), null, null);
    } finally {
      m.dispose();
    }
  }

  private static double[] toDouble(float[][] p) {
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i][0];
    }
    return out;
  }
}
