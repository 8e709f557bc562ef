package io.converge.ai.model;

import io.converge.ai.feature.GraphConfig;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model directory says about itself ({@code metadata.json}). The model's identity is {@link #modelHash()}, the
 * SHA-256 over both model files' hashes and the feature list; loading recomputes every hash and refuses a mismatch.
 *
 * @param trainingDataDigest SHA-256 of the transactions file the model was trained on
 * @param threshold score at or above which a transfer is flagged (chosen on a held-out slice of the training period)
 * @param anomalyThreshold isolation-forest score above which a transfer is "novel" even if the classifier is calm
 */
public record ModelMetadata(
    int formatVersion,
    String modelHash,
    String boosterSha256,
    String forestSha256,
    List<String> features,
    String trainingDataDigest,
    long trainingRows,
    long trainingPositives,
    Map<String, Double> metrics,
    double threshold,
    double anomalyThreshold,
    GraphConfig graph,
    String createdAt) {
  public static final int FORMAT = 1;

  public ModelMetadata {
    Objects.requireNonNull(modelHash, "modelHash");
    Objects.requireNonNull(boosterSha256, "boosterSha256");
    Objects.requireNonNull(forestSha256, "forestSha256");
    Objects.requireNonNull(graph, "graph");
    features = List.copyOf(features);
    metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
    }
  }
}
