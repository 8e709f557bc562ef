package io.converge.ai.model;

import io.converge.ai.feature.Feature;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A loaded model: the gradient-boosted classifier over graph features plus the isolation-forest score, and the metadata
 * that names it. Construct through {@link Trainer} or {@link ModelStore#load}.
 */
public final class RiskModel {
  private final Booster booster;
  private final TreeEnsemble trees;
  private final byte[] boosterBytes;
  private final IsolationForest forest;
  private final ModelMetadata metadata;

  RiskModel(Booster booster, byte[] boosterBytes, IsolationForest forest, ModelMetadata metadata) {
    this.booster = Objects.requireNonNull(booster, "booster");
    try {
      // One transfer per call: a second OpenMP thread only adds hand-off and spin-wait to the tail latency.
      booster.setParam("nthread", 1);
      this.trees = TreeEnsemble.fromJson(booster.toByteArray("json"));
    } catch (XGBoostError | java.io.IOException e) {
      throw new IllegalStateException("cannot prepare the booster for scoring", e);
    }
    this.boosterBytes = boosterBytes.clone();
    this.forest = Objects.requireNonNull(forest, "forest");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  static Booster boosterFrom(byte[] bytes) {
    try {
      return XGBoost.loadModel(bytes);
    } catch (XGBoostError | java.io.IOException e) {
      throw new IllegalArgumentException("not an XGBoost model: " + e.getMessage(), e);
    }
  }

  static String modelHash(String boosterSha, String forestSha, List<String> features) {
    String identity = boosterSha + "\n" + forestSha + "\n" + String.join(",", features);
    return ModelDigest.hex(identity.getBytes(StandardCharsets.UTF_8));
  }

  public ModelMetadata metadata() {
    return metadata;
  }

  byte[] boosterBytes() {
    return boosterBytes.clone();
  }

  IsolationForest forest() {
    return forest;
  }

  /** Isolation-forest score of a row of graph features. */
  public double anomaly(double[] graphRow) {
    return forest.score(graphRow);
  }

  /** The classifier's input: graph features followed by the anomaly score. */
  public float[] inputRow(double[] graphRow) {
    float[] row = new float[Feature.COUNT];
    for (int i = 0; i < graphRow.length; i++) {
      row[i] = (float) graphRow[i];
    }
    row[Feature.ANOMALY.ordinal()] = (float) anomaly(graphRow);
    return row;
  }

  /** Probability that the transfer is part of a suspicious pattern (trees walked in Java: the fast path). */
  public double probability(float[] inputRow) {
    return trees.probability(inputRow);
  }

  /** The same probability from XGBoost's native predictor; kept to check the fast path against. */
  double nativeProbability(float[] inputRow) {
    try {
      return booster.inplace_predict(inputRow, 1, inputRow.length, Float.NaN)[0][0];
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed", e);
    }
  }

  /** Probabilities for many rows at once (evaluation). */
  public double[] probabilities(double[][] graphRows) {
    if (graphRows.length == 0) {
      return new double[0];
    }
    float[] flat = new float[graphRows.length * Feature.COUNT];
    for (int i = 0; i < graphRows.length; i++) {
      System.arraycopy(inputRow(graphRows[i]), 0, flat, i * Feature.COUNT, Feature.COUNT);
    }
    try {
      float[][] p = booster.inplace_predict(flat, graphRows.length, Feature.COUNT, Float.NaN);
      return Arrays.stream(p).mapToDouble(r -> r[0]).toArray();
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed", e);
    }
  }

  /**
   * Per-feature contributions to the log-odds (TreeSHAP via XGBoost's {@code predictContrib}); the last element is the
   * bias. Positive values pushed the score up.
   */
  public float[] contributions(float[] inputRow) {
    try {
      DMatrix m = new DMatrix(inputRow, 1, inputRow.length, Float.NaN);
      try {
        return booster.predictContrib(m, 0)[0];
      } finally {
        m.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost contribution failed", e);
    }
  }
}
